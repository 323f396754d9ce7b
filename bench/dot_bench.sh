#!/usr/bin/env bash
# DOT rendering benchmark (issue 13): how long Graphviz takes on our DOT files, with and
# without edge labels, at growing sizes, to place the label limit (kDotLabelsMaxEdges) and to
# check that the world graph renders in under 5 s with the engine the writer picks.
#   bash bench/dot_bench.sh [NEWSGRAPH] [RUNS]
# Graphs: world.jsonl (../shared) and bench/graph_gen.py 400 3000 7 cut with --top N.
# Prints one line per case: edges, engine, labels, median wall seconds of RUNS `-Tpng` runs.
set -euo pipefail
cd "$(dirname "$0")/.."
NG=${1:-build/newsgraph}
RUNS=${2:-3}
mkdir -p out/bench
median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
time_render() {  # FILE: median wall seconds of `dot -Tpng FILE` (the file's layout= decides)
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f %e -o out/bench/dot-time.txt dot -Tpng "$1" -o out/bench/dot.png 2>/dev/null
    cat out/bench/dot-time.txt
  done | median
}
case_line() {  # NAME INPUT [build options...]
  local name=$1 input=$2
  shift 2
  for labels in on off; do
    "$NG" build "$input" "$@" --dot-labels "$labels" -o "out/bench/$name.dot" 2>out/bench/dot-choice.txt
    local choice
    choice=$(sed 's/.*: \([0-9]* edges, [0-9]* actors: layout=[a-z]*\).*/\1/' out/bench/dot-choice.txt)
    echo "$name: $choice, labels $labels: $(time_render "out/bench/$name.dot") s"
  done
}
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
WORLD=../shared/data/news/world.jsonl
[[ -f $WORLD ]] && case_line world "$WORLD"
python3 bench/graph_gen.py 400 3000 7 >out/bench/dot-gen.jsonl
for top in 100 150 200 300; do
  case_line "gen-top$top" out/bench/dot-gen.jsonl --top "$top"
done
case_line gen-all out/bench/dot-gen.jsonl
