#!/usr/bin/env bash
# Export benchmark (issues 5 and 11): `newsgraph build big.json -o big.graphml` and
# `newsgraph build big.ngx -o big.graphml` (from the binary snapshot) against NetworkX
# loading the node-link JSON (node_link_graph) and calling write_graphml, all timed as whole
# processes on the same synthetic graph; both newsgraph outputs must be the same bytes.
#   bash bench/export_bench.sh [NEWSGRAPH] [RUNS] [NX_RUNS]
# Defaults: build/newsgraph (build it in Release first: README command 1), 3 newsgraph runs,
# 1 NetworkX run (about a minute each). PYTHON picks the interpreter (default python3).
# The graph: the one graph_bench.sh uses (bench/graph_gen.py 20000 1000000, seed 42, built
# once into out/bench/big.json and big.ngx; delete out/bench/statements.jsonl, big.json and
# big.ngx to regenerate).
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
NGX=out/bench/big.ngx
[[ -s $NGX && $NGX -nt $BIG ]] || "$NG" build "$BIG" -o "$NGX"
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
: >out/bench/ngx.times
: >out/bench/nx.times
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores" >&2
for ((i = 1; i <= RUNS; i++)); do
  run newsgraph "$NG" build "$BIG" -o out/bench/big.graphml | tee -a out/bench/ng.times |
    awk -v i="$i" '{printf "newsgraph big.json run %d: %.2f s wall, %.2f s CPU, %d MB\n", i, $1, $3, $2 / 1024}' >&2
  run newsgraph "$NG" build "$NGX" -o out/bench/big-ngx.graphml | tee -a out/bench/ngx.times |
    awk -v i="$i" '{printf "newsgraph big.ngx run %d: %.2f s wall, %.2f s CPU, %d MB\n", i, $1, $3, $2 / 1024}' >&2
done
cmp -s out/bench/big.graphml out/bench/big-ngx.graphml || { echo "GraphML from big.ngx differs from big.json's" >&2; exit 1; }
for ((i = 1; i <= NX_RUNS; i++)); do
  run networkx "$PYTHON" bench/nx_graphml.py "$BIG" out/bench/nx.graphml | tee -a out/bench/nx.times |
    awk -v i="$i" '{printf "networkx run %d: %.2f s wall, %.2f s CPU, %d MB\n", i, $1, $3, $2 / 1024}' >&2
  cat out/bench/networkx.err >&2
done
ng=$(cut -d' ' -f1 out/bench/ng.times | median)
ngx=$(cut -d' ' -f1 out/bench/ngx.times | median)
ngx_cpu=$(cut -d' ' -f3 out/bench/ngx.times | median)
ngx_mb=$(cut -d' ' -f2 out/bench/ngx.times | sort -g | tail -1 | awk '{print int($1 / 1024)}')
nx=$(cut -d' ' -f1 out/bench/nx.times | median)
ng_cpu=$(cut -d' ' -f3 out/bench/ng.times | median)
nx_cpu=$(cut -d' ' -f3 out/bench/nx.times | median)
ng_mb=$(cut -d' ' -f2 out/bench/ng.times | sort -g | tail -1 | awk '{print int($1 / 1024)}')
nx_mb=$(cut -d' ' -f2 out/bench/nx.times | sort -g | tail -1 | awk '{print int($1 / 1024)}')
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores" >&2
awk -v ng="$ng" -v nx="$nx" -v ngc="$ng_cpu" -v nxc="$nx_cpu" -v a="$ng_mb" -v b="$nx_mb" \
    -v ngx="$ngx" -v ngxc="$ngx_cpu" -v c="$ngx_mb" 'BEGIN {
  printf "| to GraphML, whole process | newsgraph from big.ngx | newsgraph from big.json | NetworkX from big.json | ratio .ngx | ratio .json |\n"
  printf "| --- | --- | --- | --- | --- | --- |\n"
  printf "| wall time (median) | %.2f s | %.2f s | %.2f s | **%.1fx** | %.1fx |\n", ngx, ng, nx, nx / ngx, nx / ng
  printf "| CPU time, user + sys (median) | %.2f s | %.2f s | %.2f s | %.1fx | %.1fx |\n", ngxc, ngc, nxc, nxc / ngxc, nxc / ngc
  printf "| peak RSS | %d MB | %d MB | %d MB | | |\n", c, a, b
}'
