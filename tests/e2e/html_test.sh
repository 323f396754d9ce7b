#!/usr/bin/env bash
# The HTML page (build -o graph.html) in a real browser: Debian's chromium, headless, driven
# by puppeteer-core (tests/readers, installed by .ci/deps --tests) through html_check.cjs.
# Pages: the seed (search, the envoy's sentence behind the RUS-TALIBAN tie, the path finder,
# the relation filter), hostile news (escaping), the world graph of ../shared (skipped when
# absent) and the 200,000-statement synthetic graph (capped). On each: no console error, no
# network request, and the drawn counts equal `newsgraph stats` or the announced cap.
# Screenshots are kept in ARTIFACTS.
#
# Usage: html_test.sh NEWSGRAPH READERS_DIR SAMPLES SHARED BENCH ARTIFACTS
set -uo pipefail

NG=${1:?usage: html_test.sh NEWSGRAPH READERS_DIR SAMPLES SHARED BENCH ARTIFACTS}
READERS=${2:?} SAMPLES=${3:?} SHARED=${4:?} BENCH=${5:?} ARTIFACTS=${6:?}
HERE=$(cd "$(dirname "$0")" && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
skip() { echo "SKIP: $*"; exit 77; }

[[ -x ${NG_CHROMIUM:-/usr/bin/chromium} ]] || skip "no chromium at ${NG_CHROMIUM:-/usr/bin/chromium} (bash .ci/deps --tests)"
command -v node >/dev/null || skip "no node (bash .ci/deps --tests)"
[[ -d $READERS/node_modules/puppeteer-core ]] || skip "$READERS/node_modules has no puppeteer-core (bash .ci/deps --tests could not reach npm?)"
if ! "$NG" build "$SAMPLES" -o "$T/seed.html" -o "$T/seed.json" 2>"$T/seed.err"; then
  grep -q "built without the HTML view" "$T/seed.err" && skip "$(cat "$T/seed.err")"
  fail "build samples -o seed.html: $(cat "$T/seed.err")"
  exit 1
fi

# "NODES EDGES" of a graph .json, as `newsgraph stats` counts them.
stats() { "$NG" stats "$1" --json | python3 -c 'import json, sys; s = json.load(sys.stdin); print(s["nodes"], s["edges"])'; }
checks=()
add_check() {  # NAME FILE NODES EDGES [extra JSON members]
  checks+=("{\"name\": \"$1\", \"file\": \"$2\", \"nodes\": $3, \"edges\": $4${5:+, $5}}")
}
read -r nodes edges < <(stats "$T/seed.json")
add_check seed "$T/seed.html" "$nodes" "$edges" '"seed": true'

# Hostile news: markup in a sentence, a document id, an actor's label; a javascript: URL.
cat >"$T/actors.json" <<'JSON'
[{"id": "EVIL", "names": ["Evilland"], "label": "<img src=x onerror=alert(4)>", "kind": "country"}]
JSON
cat >"$T/hostile.jsonl" <<'JSON'
{"id": "evil</script><script>window.ngInjected=1</script>", "url": "javascript:window.ngInjected=2", "date": "2021-08-01", "text": "Evilland criticized Russia on Monday, </script><script>alert(1)</script> officials said."}
{"id": "ok-2", "url": "https://example.org/evil?a=1&b=2", "date": "2021-08-03", "text": "Evilland urged China to talk."}
JSON
"$NG" build "$T/hostile.jsonl" --actors "$T/actors.json" -o "$T/hostile.html" -o "$T/hostile.json" ||
  fail "build hostile.jsonl: exit $?"
grep -qi '</script><script>' "$T/hostile.html" && fail "hostile.html holds </script><script> as written"
read -r nodes edges < <(stats "$T/hostile.json")
add_check hostile "$T/hostile.html" "$nodes" "$edges" \
  '"hostile": true, "search": "Evilland", "link": "https://example.org/evil?a=1&b=2"'

WORLD=$SHARED/data/news/world.jsonl
if [[ -f $WORLD ]]; then
  "$NG" build "$WORLD" -o "$T/world.html" -o "$T/world.json" || fail "build world.jsonl: exit $?"
  read -r nodes edges < <(stats "$T/world.json")
  add_check world "$T/world.html" "$nodes" "$edges"
else
  echo "world.jsonl part skipped: $WORLD is missing"
fi

# 200,000 statements: above the default --html-max-edges, so the page draws the heaviest
# edges, and says on stderr (as here) and on the page how many it left out.
python3 "$BENCH/graph_gen.py" 20000 200000 42 >"$T/synthetic.jsonl"
"$NG" build "$T/synthetic.jsonl" -o "$T/synthetic.html" -o "$T/synthetic.json" 2>"$T/synthetic.err" ||
  fail "build synthetic.jsonl: exit $?"
cat "$T/synthetic.err"
read -r nodes edges < <(stats "$T/synthetic.json")
if [[ $(cat "$T/synthetic.err") =~ drawing\ the\ ([0-9]+)\ heaviest\ of\ ([0-9]+)\ edges:\ ([0-9]+)\ edges\ and\ ([0-9]+)\ actors\ left\ out ]]; then
  kept=${BASH_REMATCH[1]} total=${BASH_REMATCH[2]} left_actors=${BASH_REMATCH[4]}
  ((total == edges && kept + BASH_REMATCH[3] == total)) || fail "synthetic: the announced cap does not add up to $edges edges"
  add_check synthetic "$T/synthetic.html" $((nodes - left_actors)) "$kept" '"capped": true'
else
  fail "synthetic: $edges edges and no cap announced on stderr"
fi

# A page from a graph .json (build news.json -o news.html); without a cap it draws every
# edge and says nothing on stderr.
"$NG" build "$T/seed.json" --html-max-edges 0 -o "$T/seed-all.html" 2>"$T/all.err" || fail "--html-max-edges 0: exit $?"
[[ -s $T/all.err ]] && fail "--html-max-edges 0 printed: $(cat "$T/all.err")"
read -r nodes edges < <(stats "$T/seed.json")
add_check seed-from-json "$T/seed-all.html" "$nodes" "$edges"
"$NG" build "$T/seed.json" --html-max-edges 5 -o "$T/seed-5.html" 2>"$T/five.err" || fail "--html-max-edges 5: exit $?"
grep -q "drawing the 5 heaviest of $(stats "$T/seed.json" | cut -d' ' -f2) edges" "$T/five.err" ||
  fail "--html-max-edges 5 did not announce the cap: $(cat "$T/five.err")"

"$NG" build "$T/seed.json" --html-max-edges -1 -o "$T/bad.html" 2>/dev/null
status=$?
((status == 2)) || fail "--html-max-edges -1: exit $status, expected 2"
[[ -e $T/bad.html ]] && fail "--html-max-edges -1 wrote a page"

(IFS=,; echo "[${checks[*]}]") >"$T/checks.json"
NODE_PATH=$READERS/node_modules node "$HERE/html_check.cjs" "$ARTIFACTS" "$T/checks.json" || fail "the browser checks failed"
((failures > 0)) && exit 1
echo "html_test: all checks passed; screenshots in $ARTIFACTS"
