#!/usr/bin/env bash
# Graph query benchmark (issue #4): newsgraph against NetworkX on one synthetic graph.
#   bash bench/graph_bench.sh [NEWSGRAPH] [ACTORS] [STATEMENTS]
# Defaults: build-rel/newsgraph (a Release build: cmake -S . -B build-rel
# -DCMAKE_BUILD_TYPE=Release -DNG_BUILD_TESTS=OFF && cmake --build build-rel -j2), 20,000
# actors, 1,000,000 statements (seed 42, bench/graph_gen.py). Writes out/bench/statements.jsonl
# and out/bench/big.json (reused when present: delete them to regenerate), then times, as
# whole processes one after the other in this run (wall seconds and peak RSS, /usr/bin/time):
#   (a) newsgraph path big.json A B          vs  python: json.load + node_link_graph(edges="edges")
#                                                  + shortest_path on the undirected view
#   (b) newsgraph path big.json A B --k 10   vs  python: the same load + nx.Graph(G) (simple
#                                                  undirected; shortest_simple_paths rejects
#                                                  multigraphs) + 10 of shortest_simple_paths
# A is the first actor, B the last (the least connected). Prints the ratio per query.
# Needs python3 with networkx (3.6.1 here). Takes about 1.5 min after the graph exists.
set -euo pipefail
cd "$(dirname "$0")/.."
NG=${1:-build-rel/newsgraph}
ACTORS=${2:-20000}
STATEMENTS=${3:-1000000}
mkdir -p out/bench
ST=out/bench/statements.jsonl
BIG=out/bench/big.json
if [[ ! -s $ST ]]; then python3 bench/graph_gen.py "$ACTORS" "$STATEMENTS" 42 >"$ST"; fi
if [[ ! -s $BIG ]]; then
  /usr/bin/time -f "build: %e s, %M KB" "$NG" build "$ST" -o "$BIG"
fi
read -r A B < <(python3 - "$ACTORS" <<'PY'
import string, sys
def code(i):
    s = ""
    for _ in range(4):
        s = string.ascii_uppercase[i % 26] + s
        i //= 26
    return "X" + s
n = int(sys.argv[1])
print(code(0), code(n - 1))
PY
)
NX=$(mktemp)
trap 'rm -f "$NX"' EXIT
cat >"$NX" <<'PY'
import itertools, json, sys
import networkx as nx
path, a, b, k = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
with open(path) as f:
    g = nx.node_link_graph(json.load(f), edges="edges")
if k == 1:
    p = nx.shortest_path(g.to_undirected(as_view=True), a, b)
    print(len(p) - 1, " ".join(p))
else:
    h = nx.Graph(g)  # undirected, simple: shortest_simple_paths rejects multigraphs
    for p in itertools.islice(nx.shortest_simple_paths(h, a, b), k):
        print(len(p) - 1, " ".join(p))
PY

echo "graph: $(stat -c %s "$BIG") bytes; pair $A -> $B; $(nproc) cores"
# run NAME COMMAND...: prints the command's last stdout line, wall seconds and peak RSS.
run() {
  local name=$1
  shift
  local t
  /usr/bin/time -o "$NX.time" -f "%e %M" "$@" >"$NX.out" 2>/dev/null || true
  t=$(tail -1 "$NX.time")
  printf '%-28s %6.2f s %7.0f MB   %s\n' "$name" "${t% *}" "$(( ${t#* } / 1024 ))" "$(tail -1 "$NX.out" | cut -c1-60)" >&2
  echo "${t% *}"
}
ng1=$(run "newsgraph path" "$NG" path "$BIG" "$A" "$B")
nx1=$(run "networkx shortest_path" python3 "$NX" "$BIG" "$A" "$B" 1)
ng10=$(run "newsgraph path --k 10" "$NG" path "$BIG" "$A" "$B" --k 10)
nx10=$(run "networkx simple_paths k=10" python3 "$NX" "$BIG" "$A" "$B" 10)
rm -f "$NX.out" "$NX.time"
python3 - "$ng1" "$nx1" "$ng10" "$nx10" <<'PY'
import sys
ng1, nx1, ng10, nx10 = map(float, sys.argv[1:])
print(f"(a) shortest path: newsgraph {ng1:.2f} s, networkx {nx1:.2f} s: {nx1 / ng1:.1f}x")
print(f"(b) k=10 paths:    newsgraph {ng10:.2f} s, networkx {nx10:.2f} s: {nx10 / ng10:.1f}x")
PY
