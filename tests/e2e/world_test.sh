#!/usr/bin/env bash
# The graph of all of ../shared/data/news/world.jsonl, exported in every format and checked
# by ../shared/tools/check-graph-files: mixed GraphML and DOT with --allow-mixed, --portable
# GraphML without it; the DOT also renders, with the engine it names, into well-formed SVG in
# under 5 s of CPU. The .ngx snapshot converts to and from the JSON byte for byte.
# Usage: world_test.sh path/to/newsgraph path/to/shared. Exit 77 (skipped) without ../shared.
set -uo pipefail

NG=${1:?usage: world_test.sh NEWSGRAPH SHARED}
SHARED=${2:?usage: world_test.sh NEWSGRAPH SHARED}
WORLD=$SHARED/data/news/world.jsonl
CHECK=$SHARED/tools/check-graph-files
if [[ ! -f $WORLD || ! -x $CHECK ]]; then
  echo "skipped: $WORLD or $CHECK is missing"
  exit 77
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

"$NG" build "$WORLD" -o "$T/world.graphml" -o "$T/world.dot" -o "$T/world.json" ||
  fail "build world.jsonl: exit $?"
"$NG" build --portable "$WORLD" -o "$T/world-portable.graphml" || fail "build --portable: exit $?"
"$CHECK" --allow-mixed "$T/world.graphml" "$T/world.dot" || fail "checker (mixed GraphML, DOT)"
"$CHECK" --strict "$T/world-portable.graphml" || fail "checker (portable GraphML)"
# The mixed file is Gephi-only: without --allow-mixed the checker must reject it.
"$CHECK" -q "$T/world.graphml" >/dev/null 2>&1 && fail "checker accepted mixed GraphML without --allow-mixed"
grep -q 'directed="false"' "$T/world.graphml" || fail "no undirected tie in the mixed GraphML"
grep -q 'directed="false"' "$T/world-portable.graphml" && fail "undirected tie in the portable GraphML"

# The JSON is a lossless copy: converting it gives the same GraphML, byte for byte.
"$NG" build "$T/world.json" -o "$T/again.graphml" -o "$T/world.ngx" || fail "build world.json: exit $?"
cmp -s "$T/world.graphml" "$T/again.graphml" || fail "GraphML from world.json differs from world.jsonl's"
# So is the .ngx snapshot, both ways: snapshot -> JSON is world.json, JSON -> snapshot the same bytes.
"$NG" build "$T/world.ngx" -o "$T/back.json" -o "$T/back.graphml" || fail "build world.ngx: exit $?"
cmp -s "$T/world.json" "$T/back.json" || fail "world.ngx -> JSON differs from world.json"
cmp -s "$T/world.graphml" "$T/back.graphml" || fail "GraphML from world.ngx differs"
"$NG" build "$T/back.json" -o "$T/back.ngx" || fail "build back.json -> ngx: exit $?"
cmp -s "$T/world.ngx" "$T/back.ngx" || fail "JSON -> snapshot is not the same bytes"
"$NG" build "$WORLD" -o "$T/direct.ngx" || fail "build world.jsonl -> ngx: exit $?"
cmp -s "$T/world.ngx" "$T/direct.ngx" || fail "the snapshot of world.jsonl differs from world.json's"
"$NG" stats "$T/world.json" --json >"$T/stats-json" && "$NG" stats "$T/world.ngx" --json >"$T/stats-ngx" ||
  fail "stats on world.json / world.ngx"
cmp -s "$T/stats-json" "$T/stats-ngx" || fail "stats differ between world.json and world.ngx"

# The DOT renders with the engine its layout= names (neato for the world graph) in under 5 s
# (issue 13); CPU seconds, not wall, because the test machine is shared.
if command -v dot >/dev/null; then
  head -1 "$T/world.dot" | grep -q 'layout=neato' || fail "world.dot: not neato: $(head -1 "$T/world.dot")"
  TIMEFORMAT='%U %S'
  { time dot -Tsvg "$T/world.dot" -o "$T/world.svg" 2>"$T/dot.err" || fail "dot -Tsvg: exit $?"; } 2>"$T/render-time"
  [[ -s $T/dot.err ]] && fail "Graphviz warned: $(head -c 400 "$T/dot.err")"
  awk '{exit !($1 + $2 < 5)}' "$T/render-time" || fail "world.dot took $(cat "$T/render-time") s of CPU to render"
  python3 -c 'import sys, xml.dom.minidom as m; m.parse(sys.argv[1])' "$T/world.svg" ||
    fail "Graphviz's SVG is not well-formed XML"
else
  echo "Graphviz is not installed: rendering not checked"
fi

((failures == 0)) || { echo "$failures failure(s)" >&2; exit 1; }
echo "world.jsonl: all exports pass"
