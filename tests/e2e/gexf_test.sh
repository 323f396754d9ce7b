#!/usr/bin/env bash
# GEXF opened by the readers people use: graphology-gexf (Gephi Lite's parser) on the default
# file, NetworkX's read_gexf (every NetworkX found: Debian's 2.8 and a newer one on PATH) on
# the --portable file, static and with --timeline; counts, relations, the direction of ties,
# weights and spells are compared with the graph's own JSON (tests/readers/check_gexf.py).
# First on a small dated statements file made here, then on ../shared's world.jsonl when
# it is there (Reuters 1987 documents, every one dated).
#
# Schema: GEXF 1.3 is published at http://gexf.net/1.3/ (gexf.xsd, gexf.rng and their parts;
# sources in github.com/gephi/gexf, CC BY 4.0). Its XSD does not compile in xmllint ("The
# QName value '{http://gexf.net/1.3}graph-content' does not resolve to a(n) type definition":
# trang leaves node-content, edge-content and graph-content undefined, gephi/gexf issue 19),
# so no file can pass `xmllint --schema`; its RelaxNG grammar (gexf.rng, dynamics.rng,
# viz.rng) works. No Debian or npm package ships either, and the repository keeps no copy:
# NG_GEXF_SCHEMA=/path/to/gexf.rng (or gexf.xsd) makes xmllint validate the GEXF 1.3 files,
# default and --timeline, with xsi:schemaLocation taken out first as gexf.net says (the
# --portable files are 1.2draft). Every file is checked to be well-formed; the structure is
# checked by the readers and by the Catch2 tests (tests/export/gexf_writer_test.cpp).
#
# Usage: gexf_test.sh NEWSGRAPH READERS_DIR SHARED
set -uo pipefail

NG=${1:?usage: gexf_test.sh NEWSGRAPH READERS_DIR SHARED}
READERS=${2:?usage: gexf_test.sh NEWSGRAPH READERS_DIR SHARED}
SHARED=${3:?usage: gexf_test.sh NEWSGRAPH READERS_DIR SHARED}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# Without node or the npm packages (.ci/deps --tests could not reach the npm registry) the
# NetworkX and xmllint checks still run, and the test ends as skipped (77), saying why.
graphology=1
if [[ ! -d $READERS/node_modules/graphology-gexf ]] || ! command -v node >/dev/null; then
  echo "SKIP: graphology-gexf checks: node or $READERS/node_modules is missing (bash .ci/deps --tests)"
  graphology=0
fi
pythons=()
for python in /usr/bin/python3 "$(command -v python3)"; do
  [[ -x $python ]] || continue
  version=$("$python" -c 'import networkx; print(networkx.__version__)' 2>/dev/null) || continue
  [[ " ${pythons[*]} " == *" $python "* ]] || { pythons+=("$python"); echo "NetworkX $version: $python"; }
done
((${#pythons[@]} > 0)) || { echo "FAIL: no python3 with networkx" >&2; exit 1; }

# Every reader on one graph: NAME's JSON is the truth, the GEXF files are built from it.
check_graph() {
  local name=$1 json=$T/$1.json
  "$NG" build "$json" -o "$T/$name.gexf" || fail "$name: build .gexf: exit $?"
  "$NG" build "$json" --timeline -o "$T/$name-timeline.gexf" || fail "$name: --timeline: exit $?"
  "$NG" build "$json" --portable -o "$T/$name-portable.gexf" || fail "$name: --portable: exit $?"
  "$NG" build "$json" --portable --timeline -o "$T/$name-portable-timeline.gexf" ||
    fail "$name: --portable --timeline: exit $?"
  for f in "$T/$name"*.gexf; do
    xmllint --noout "$f" || fail "$(basename "$f"): not well-formed XML"
  done
  if [[ -n ${NG_GEXF_SCHEMA:-} ]]; then
    local how=--schema
    [[ $NG_GEXF_SCHEMA == *.rng ]] && how=--relaxng
    for f in "$T/$name.gexf" "$T/$name-timeline.gexf"; do
      sed 's/ xmlns:xsi="[^"]*" xsi:schemaLocation="[^"]*"//' "$f" >"$T/bare.gexf"
      xmllint --noout "$how" "$NG_GEXF_SCHEMA" "$T/bare.gexf" 2>"$T/xmllint.err" ||
        fail "$(basename "$f"): not valid GEXF 1.3: $(head -c 400 "$T/xmllint.err")"
    done
  fi
  for variant in "" -timeline; do
    local flag=${variant:+--timeline}
    if ((graphology)); then
      node "$READERS/graphology_summary.cjs" "$T/$name$variant.gexf" >"$T/summary.json" ||
        fail "$name$variant: graphology could not read it"
      python3 "$READERS/check_gexf.py" graphology "$json" "$T/summary.json" $flag ||
        fail "$name$variant: graphology read something else"
    fi
    for python in "${pythons[@]}"; do
      "$python" "$READERS/check_gexf.py" networkx "$json" "$T/$name-portable$variant.gexf" $flag ||
        fail "$name-portable$variant: NetworkX ($python) read something else"
    done
  done
  # NetworkX 3 reads GEXF 1.3 but refuses the mixed default file, which is why --portable exists.
  python3 - "$T/$name.gexf" <<'EOF' || fail "$name: NetworkX accepted the mixed GEXF"
import sys, networkx as nx
if int(nx.__version__.split(".")[0]) < 3:
    sys.exit(0)  # 2.8 does not read 1.3 at all
try:
    nx.read_gexf(sys.argv[1])
except nx.NetworkXError as e:
    sys.exit(0 if "Undirected edge found in directed graph" in str(e) else 1)
sys.exit(1)
EOF
}

# A small dated graph: two dates for one edge, a partial date, an undated statement, a tie
# and a person-level represents link.
statement() {
  printf '{"doc":"%s","sentence":0,"text":"t","source":"%s","target":"%s","relation":"%s","speaker":%s,%s"date":%s}\n' "$@"
}
{
  statement a RUS USA criticizes '"Sergei Lavrov"' '"speaker_for":"RUS",' '"2021-08-01"'
  statement b RUS USA criticizes '"Sergei Lavrov"' '"speaker_for":"RUS",' '"2021-08-03"'
  statement c RUS USA criticizes null '' '"2021-08-03"'
  statement d QAT TALIBAN has-ties-with null '' '"2021-08-02"'
  statement e RUS QAT urges null '' '"2021-08"'
  statement f USA QAT urges null '' null
} >"$T/small.jsonl"
"$NG" build "$T/small.jsonl" -o "$T/small.json" || fail "build small.jsonl: exit $?"
"$NG" build "$T/small.jsonl" --level person -o "$T/small-person.json" || fail "build --level person: exit $?"
check_graph small
check_graph small-person
grep -q '<spell start="2021-08-01" end="2021-08-01"/><spell start="2021-08-03" end="2021-08-03"/>' \
  "$T/small-person-timeline.gexf" || fail "Lavrov's two dates are not two spells"
grep -q 'kind="represents"' "$T/small-person.gexf" || fail "no represents edge at the person level"

WORLD=$SHARED/data/news/world.jsonl
if [[ -f $WORLD ]]; then
  "$NG" build "$WORLD" -o "$T/world.json" || fail "build world.jsonl: exit $?"
  check_graph world
  grep -c '<spell ' "$T/world-timeline.gexf" | grep -qv '^0$' || fail "world: no spells"
else
  echo "world.jsonl part skipped: $WORLD is missing"
fi

((failures > 0)) && exit 1
if ((graphology == 0)); then
  echo "skipped: the NetworkX and xmllint checks passed; the graphology-gexf checks did not run"
  exit 77
fi
echo "gexf_test: all checks passed"
