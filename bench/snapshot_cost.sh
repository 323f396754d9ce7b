#!/usr/bin/env bash
# What writing the .ngx snapshot adds to `build`'s time (issue #11: at most 20 %), on the
# query benchmark's input (bench/graph_bench.sh: 20,000 actors, 1,000,000 statements):
#   json      newsgraph build statements.jsonl -o b.json             build without the snapshot
#   json+ngx  newsgraph build statements.jsonl -o b.json -o b.ngx    the same, writing it too
# Whole processes, in alternating pairs (json, json+ngx, json, ...) so that both see the same
# load on a shared machine. Prints each pair, then the medians and the figure: the median over
# the pairs of json+ngx / json - 1, in wall time, and the same in CPU time (user + system),
# which other processes disturb less. The load average is printed at the start and the end.
#   bash bench/snapshot_cost.sh [NEWSGRAPH] [PAIRS]
# Defaults: build-rel/newsgraph (a Release build), 5 pairs (about 2 minutes on 2 idle cores).
# Generates out/bench/statements.jsonl as graph_bench.sh does when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
NG=${1:-build-rel/newsgraph}
PAIRS=${2:-5}
mkdir -p out/bench
ST=out/bench/statements.jsonl
[[ -s $ST ]] || python3 bench/graph_gen.py 20000 1000000 42 >"$ST"
TIMES=out/bench/snapshot-cost.times
: >"$TIMES"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores" >&2
# run NAME OUTPUTS...: one build; appends "NAME wall user system" to $TIMES.
run() {
  local name=$1
  shift
  /usr/bin/time -o out/bench/snapshot-cost.time -f "%e %U %S" "$NG" build "$ST" "$@" 2>/dev/null
  echo "$name $(tail -1 out/bench/snapshot-cost.time)" >>"$TIMES"
}
for ((i = 1; i <= PAIRS; i++)); do
  run json -o out/bench/cost.json
  run json+ngx -o out/bench/cost.json -o out/bench/cost.ngx
  tail -2 "$TIMES" | tr '\n' ' ' | awk '{printf "pair %d: json %s s (cpu %.2f), json+ngx %s s (cpu %.2f)\n", '"$i"', $2, $3 + $4, $6, $7 + $8}' >&2
done
rm -f out/bench/cost.json out/bench/cost.ngx
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
python3 - "$TIMES" <<'PY'
import statistics, sys
runs = {"json": [], "json+ngx": []}
for line in open(sys.argv[1]):
    name, wall, user, system = line.split()
    runs[name].append((float(wall), float(user) + float(system)))
pairs = list(zip(runs["json"], runs["json+ngx"]))
for k, label in ((0, "wall"), (1, "cpu")):
    a = statistics.median(p[0][k] for p in pairs)
    b = statistics.median(p[1][k] for p in pairs)
    extra = statistics.median(p[1][k] / p[0][k] - 1 for p in pairs)
    print(f"{label}: build -o big.json {a:.2f} s, -o big.json -o big.ngx {b:.2f} s (medians of {len(pairs)}); "
          f"the snapshot adds **{100 * extra:.0f}%** (median of the pairs)")
PY
