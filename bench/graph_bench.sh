#!/usr/bin/env bash
# Graph query benchmark (issues #4 and #11): newsgraph against NetworkX on one synthetic graph.
#   bash bench/graph_bench.sh [NEWSGRAPH] [ACTORS] [STATEMENTS]
# Environment: RUNS (default 5) runs of each newsgraph measurement on big.ngx, JSON_RUNS
# (default 3) on big.json (about 10 s each), NX_RUNS (default 1) of each NetworkX query
# (25-100 s each), BUILD_RUNS (default 3) pairs of builds. About 15 minutes in all.
# Defaults: build-rel/newsgraph (a Release build: cmake -S . -B build-rel
# -DCMAKE_BUILD_TYPE=Release -DNG_BUILD_TESTS=OFF && cmake --build build-rel -j2), 20,000
# actors, 1,000,000 statements (seed 42, bench/graph_gen.py). Writes out/bench/statements.jsonl,
# out/bench/big.json and out/bench/big.ngx (reused when present: delete them to regenerate),
# then times whole processes (load plus query; wall seconds and peak RSS, /usr/bin/time),
# one after the other, and prints the median of the runs and each ratio:
#   newsgraph path/neighbors/stats on big.json and on big.ngx, path --pairs over 10,000
#   random pairs, against bench/nx_query.py (NetworkX: json.load + node_link_graph + query);
#   then what writing the snapshot adds to build: bench/snapshot_cost.sh, BUILD_RUNS pairs.
# A is the first actor, B the last (the least connected). Needs python3 with networkx.
set -euo pipefail
cd "$(dirname "$0")/.."
NG=${1:-build-rel/newsgraph}
ACTORS=${2:-20000}
STATEMENTS=${3:-1000000}
RUNS=${RUNS:-5}
JSON_RUNS=${JSON_RUNS:-3}
NX_RUNS=${NX_RUNS:-1}
BUILD_RUNS=${BUILD_RUNS:-3}
mkdir -p out/bench
ST=out/bench/statements.jsonl
BIG=out/bench/big.json
NGX=out/bench/big.ngx
[[ -s $ST ]] || python3 bench/graph_gen.py "$ACTORS" "$STATEMENTS" 42 >"$ST"
[[ -s $BIG ]] || "$NG" build "$ST" -o "$BIG"
[[ -s $NGX && $NGX -nt $BIG ]] || "$NG" build "$BIG" -o "$NGX"
# A and B, then 10,000 random pairs (seed 1) for --pairs.
PAIRS=out/bench/pairs.tsv
python3 - "$ACTORS" >"$PAIRS.all" <<'PY'
import random, string, sys
def code(i):
    s = ""
    for _ in range(4):
        s = string.ascii_uppercase[i % 26] + s
        i //= 26
    return "X" + s
n, r = int(sys.argv[1]), random.Random(1)
print(code(0), code(n - 1))
for _ in range(10000):
    print(f"{code(r.randrange(n))}\t{code(r.randrange(n))}")
PY
read -r A B <"$PAIRS.all"
tail -n +2 "$PAIRS.all" >"$PAIRS"
rm -f "$PAIRS.all"
TIMES=out/bench/times
: >"$TIMES"
echo "graph: $(stat -c %s "$BIG") bytes JSON, $(stat -c %s "$NGX") bytes .ngx; pair $A -> $B; $(nproc) cores" >&2
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
# run NAME COMMAND...: one whole-process run; appends "NAME seconds KB" to $TIMES.
run() {
  local name=$1
  shift
  /usr/bin/time -o out/bench/time.txt -f "%e %M" "$@" >out/bench/run.out 2>/dev/null || true
  local t
  t=$(tail -1 out/bench/time.txt)
  echo "$name $t" >>"$TIMES"
  printf '%-26s %7.3f s %6d MB   %s\n' "$name" "${t% *}" "$((${t#* } / 1024))" "$(tail -1 out/bench/run.out | cut -c1-50)" >&2
}
repeat() {  # repeat N NAME COMMAND...
  local n=$1
  shift
  for ((i = 1; i <= n; i++)); do run "$@"; done
}
repeat "$JSON_RUNS" ng-path-json "$NG" path "$BIG" "$A" "$B"
repeat "$JSON_RUNS" ng-k10-json "$NG" path "$BIG" "$A" "$B" --k 10
repeat "$RUNS" ng-path "$NG" path "$NGX" "$A" "$B"
repeat "$RUNS" ng-k10 "$NG" path "$NGX" "$A" "$B" --k 10
repeat "$RUNS" ng-neighbors "$NG" neighbors "$NGX" "$A"
repeat "$RUNS" ng-stats "$NG" stats "$NGX"
repeat "$JSON_RUNS" ng-neighbors-json "$NG" neighbors "$BIG" "$A"
repeat "$JSON_RUNS" ng-stats-json "$NG" stats "$BIG"
repeat "$RUNS" ng-pairs "$NG" path "$NGX" --pairs "$PAIRS"
repeat "$NX_RUNS" nx-path python3 bench/nx_query.py "$BIG" path "$A" "$B"
repeat "$NX_RUNS" nx-k10 python3 bench/nx_query.py "$BIG" k10 "$A" "$B"
repeat "$NX_RUNS" nx-neighbors python3 bench/nx_query.py "$BIG" neighbors "$A"
repeat "$NX_RUNS" nx-stats python3 bench/nx_query.py "$BIG" stats
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
python3 - "$TIMES" "$RUNS" "$NX_RUNS" "$JSON_RUNS" <<'PY'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    name, seconds, kb = line.split()
    runs.setdefault(name, []).append((float(seconds), int(kb)))
t = {k: statistics.median(s for s, _ in v) for k, v in runs.items()}
mb = {k: max(m for _, m in v) // 1024 for k, v in runs.items()}
def cell(k): return f"{t[k]:.3f} s, {mb[k]} MB"
print(f"newsgraph: median of {sys.argv[2]} runs on .ngx, {sys.argv[4]} on .json; NetworkX: median of "
      f"{sys.argv[3]}")
print("| query (whole process) | newsgraph .ngx | newsgraph .json | NetworkX | ratio .ngx | ratio .json |")
print("| --- | --- | --- | --- | --- | --- |")
for label, ng, js, nx in [("shortest path", "ng-path", "ng-path-json", "nx-path"),
                          ("10 shortest paths", "ng-k10", "ng-k10-json", "nx-k10"),
                          ("neighbors", "ng-neighbors", "ng-neighbors-json", "nx-neighbors"),
                          ("stats", "ng-stats", "ng-stats-json", "nx-stats")]:
    print(f"| {label} | {cell(ng)} | {cell(js)} | {cell(nx)} | **{t[nx] / t[ng]:.0f}x** | {t[nx] / t[js]:.1f}x |")
print(f"path --pairs: 10,000 pairs in {t['ng-pairs']:.2f} s (load included): "
      f"**{10000 / t['ng-pairs']:,.0f} queries/s**")
PY
bash bench/snapshot_cost.sh "$NG" "$BUILD_RUNS"
