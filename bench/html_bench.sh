#!/usr/bin/env bash
# First paint of the HTML page (issue 12) in headless chromium, median of RUNS: the world
# graph (../shared, skipped when absent) and the 200,000-statement synthetic graph
# (bench/graph_gen.py 20000 200000 42) drawn with 25,000, 50,000 (the default,
# kDefaultHtmlMaxEdges) and 100,000 edges, to place the default cap.
#   bash bench/html_bench.sh [NEWSGRAPH] [RUNS]
# Needs chromium and tests/readers/node_modules (bash .ci/deps --tests).
set -euo pipefail
cd "$(dirname "$0")/.."
NG=${1:-build/newsgraph}
RUNS=${2:-5}
mkdir -p out/bench
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
pages=()
WORLD=../shared/data/news/world.jsonl
if [[ -f $WORLD ]]; then
  "$NG" build "$WORLD" -o out/bench/world.html
  pages+=(world=out/bench/world.html)
fi
[[ -s out/bench/html-gen.jsonl ]] || python3 bench/graph_gen.py 20000 200000 42 >out/bench/html-gen.jsonl
for cap in 25000 50000 100000; do
  "$NG" build out/bench/html-gen.jsonl --html-max-edges "$cap" -o "out/bench/synthetic-$cap.html"
  pages+=("synthetic-$cap=out/bench/synthetic-$cap.html")
done
ls -l out/bench/*.html | awk '{print $5, $9}'
NODE_PATH=tests/readers/node_modules node bench/html_paint.cjs "$RUNS" "${pages[@]}"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
