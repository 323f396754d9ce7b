#!/usr/bin/env bash
# DOT rendering benchmark (issue 13): how much edge labels cost Graphviz at growing sizes, to
# place the label limit (kDotLabelsMaxEdges), and whether the world graph renders in under
# 5 s with the engine the writer picks.
#   bash bench/dot_bench.sh [NEWSGRAPH] [RUNS]
# Graphs: world.jsonl (../shared, when there) and bench/graph_gen.py 400 3000 7 cut with
# --top N. Each size is written twice, --dot-labels on and off, with the engine the writer
# picks for it; `dot -Tpng` (the file's layout= decides the engine) then renders the two
# files in turn, RUNS times each, alternating, so that both see the same load. The machine is
# shared: compare the labels-on/off ratio of one run, not seconds across runs. One line per
# size: drawn edges, actors, engine, then median wall and CPU seconds with and without labels
# and the CPU ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
NG=${1:-build/newsgraph}
RUNS=${2:-5}
OUT=out/bench
mkdir -p "$OUT"
median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
render() {  # FILE: "wall cpu" seconds of one `dot -Tpng FILE`
  /usr/bin/time -f '%e %U %S' -o "$OUT/dot-time.txt" dot -Tpng "$1" -o "$OUT/dot.png" 2>/dev/null
  awk '{printf "%s %.2f\n", $1, $2 + $3}' "$OUT/dot-time.txt"
}
measure() {  # NAME INPUT [build options...]
  local name=$1 input=$2
  shift 2
  "$NG" build "$input" "$@" --dot-labels on -o "$OUT/$name-on.dot" 2>"$OUT/dot-choice.txt"
  "$NG" build "$input" "$@" --dot-labels off -o "$OUT/$name-off.dot" 2>/dev/null
  local choice
  choice=$(sed -n 's/.*: \([0-9]* edges, [0-9]* actors\): layout=\([a-z]*\).*/\1, \2/p' "$OUT/dot-choice.txt")
  : >"$OUT/on.txt"
  : >"$OUT/off.txt"
  for _ in $(seq "$RUNS"); do
    render "$OUT/$name-on.dot" >>"$OUT/on.txt"
    render "$OUT/$name-off.dot" >>"$OUT/off.txt"
  done
  local on_wall on_cpu off_wall off_cpu
  on_wall=$(cut -d' ' -f1 "$OUT/on.txt" | median)
  on_cpu=$(cut -d' ' -f2 "$OUT/on.txt" | median)
  off_wall=$(cut -d' ' -f1 "$OUT/off.txt" | median)
  off_cpu=$(cut -d' ' -f2 "$OUT/off.txt" | median)
  printf '%-12s %-28s labels on %6.2f s wall %6.2f s CPU | off %6.2f s wall %6.2f s CPU | CPU on/off %5.2fx\n' \
    "$name" "$choice" "$on_wall" "$on_cpu" "$off_wall" "$off_cpu" \
    "$(awk -v a="$on_cpu" -v b="$off_cpu" 'BEGIN {print (b > 0 ? a / b : 0)}')"
}
echo "dot_bench: $RUNS runs each, $(dot -V 2>&1); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
WORLD=../shared/data/news/world.jsonl
[[ -f $WORLD ]] && measure world "$WORLD"
python3 bench/graph_gen.py 400 3000 7 >"$OUT/dot-gen.jsonl"
for top in ${DOT_BENCH_TOPS:-50 100 150 200 300 500}; do
  measure "gen-top$top" "$OUT/dot-gen.jsonl" --top "$top"
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
