#!/usr/bin/env bash
# Export benchmark (issue 5): `newsgraph build big.json -o big.graphml` against NetworkX
# loading the same node-link JSON (node_link_graph) and calling write_graphml, both timed as
# whole processes on the same synthetic graph.
#   bash bench/export_bench.sh [NEWSGRAPH] [RUNS] [NX_RUNS]
# Defaults: build/newsgraph (build it in Release first: README command 1), 3 newsgraph runs,
# 1 NetworkX run (about a minute each). PYTHON picks the interpreter (default python3).
# The graph: the one graph_bench.sh uses (bench/graph_gen.py 20000 1000000, seed 42, built
# once into out/bench/big.json; delete out/bench/statements.jsonl and big.json to regenerate).
set -euo pipefail
cd "$(dirname "$0")/.."
NG=${1:-build/newsgraph}
RUNS=${2:-3}
NX_RUNS=${3:-1}
PYTHON=${PYTHON:-python3}
mkdir -p out/bench
STMTS=out/bench/statements.jsonl
BIG=out/bench/big.json
[[ -s $STMTS ]] || python3 bench/graph_gen.py 20000 1000000 42 >"$STMTS"
[[ -s $BIG ]] || "$NG" build "$STMTS" -o "$BIG"
edges=$(grep -c '"source"' "$BIG" || true)
echo "graph: $BIG ($(($(stat -c %s "$BIG") / 1000000)) MB, $edges edges)" >&2

# run LABEL COMMAND...: one whole-process run; prints "wall-seconds peak-KB cpu-seconds"
run() {
  local label=$1
  shift
  /usr/bin/time -f "%e %M %U %S" -o out/bench/time.txt "$@" >/dev/null 2>out/bench/$label.err ||
    { echo "$label failed:" >&2; cat out/bench/$label.err >&2; exit 1; }
  awk '{print $1, $2, $3 + $4}' out/bench/time.txt
}
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

: >out/bench/ng.times
: >out/bench/nx.times
for ((i = 1; i <= RUNS; i++)); do
  run newsgraph "$NG" build "$BIG" -o out/bench/big.graphml | tee -a out/bench/ng.times |
    awk -v i="$i" '{printf "newsgraph run %d: %.2f s wall, %.2f s CPU, %d MB\n", i, $1, $3, $2 / 1024}' >&2
done
for ((i = 1; i <= NX_RUNS; i++)); do
  run networkx "$PYTHON" bench/nx_graphml.py "$BIG" out/bench/nx.graphml | tee -a out/bench/nx.times |
    awk -v i="$i" '{printf "networkx run %d: %.2f s wall, %.2f s CPU, %d MB\n", i, $1, $3, $2 / 1024}' >&2
  cat out/bench/networkx.err >&2
done
ng=$(cut -d' ' -f1 out/bench/ng.times | median)
nx=$(cut -d' ' -f1 out/bench/nx.times | median)
ng_cpu=$(cut -d' ' -f3 out/bench/ng.times | median)
nx_cpu=$(cut -d' ' -f3 out/bench/nx.times | median)
ng_mb=$(cut -d' ' -f2 out/bench/ng.times | sort -g | tail -1 | awk '{print int($1 / 1024)}')
nx_mb=$(cut -d' ' -f2 out/bench/nx.times | sort -g | tail -1 | awk '{print int($1 / 1024)}')
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores" >&2
awk -v ng="$ng" -v nx="$nx" -v ngc="$ng_cpu" -v nxc="$nx_cpu" -v a="$ng_mb" -v b="$nx_mb" 'BEGIN {
  printf "| big.json -> GraphML | newsgraph | NetworkX | ratio |\n| --- | --- | --- | --- |\n"
  printf "| wall time (median) | %.2f s | %.2f s | %.1fx |\n", ng, nx, nx / ng
  printf "| CPU time, user + sys (median) | %.2f s | %.2f s | %.1fx |\n", ngc, nxc, nxc / ngc
  printf "| peak RSS | %d MB | %d MB | |\n", a, b
}'
