#!/usr/bin/env bash
# Speed benchmark (issue 6): `newsgraph build` beside `wc -w` on the same JSON Lines file,
# median of RUNS paired runs, with 1 and 2 threads.
#   bash bench/speed.sh [NEWSGRAPH] [INPUT.jsonl] [REPEAT] [RUNS]
# Defaults: build/newsgraph, ../shared/data/gigaword/sample.jsonl repeated 1000 times with
# fresh ids (76,000 sentences, 11.8 MB), 5 runs. The repeated file goes to out/bench/.
# Rates are input lines per second: a line of the gigaword sample is one sentence, a line of
# world.jsonl one article.
set -euo pipefail
cd "$(dirname "$0")/.."
NG=${1:-build/newsgraph}
SRC=${2:-../shared/data/gigaword/sample.jsonl}
REPEAT=${3:-1000}
RUNS=${4:-5}
mkdir -p out/bench
DATA=out/bench/$(basename "$SRC" .jsonl)-x$REPEAT.jsonl
if [[ ! -s $DATA ]]; then
  # A fresh id per copy ("ID-REP"), so no document repeats another.
  python3 - "$SRC" "$REPEAT" >"$DATA" <<'PY'
import json, sys
src, repeat = sys.argv[1], int(sys.argv[2])
lines = [json.loads(l) for l in open(src, encoding="utf-8") if l.strip()]
out = sys.stdout
for rep in range(repeat):
    for i, obj in enumerate(lines):
        obj = dict(obj)
        obj["id"] = f"{obj.get('id', i)}-{rep}"
        out.write(json.dumps(obj, ensure_ascii=False) + "\n")
PY
fi
lines=$(wc -l <"$DATA")
bytes=$(stat -c %s "$DATA")
echo "input: $DATA ($lines lines, $((bytes / 1000000)) MB), $RUNS runs" >&2

seconds() {  # seconds COMMAND...: wall time of one run, output discarded
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || true
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f\n", b - a }'
}
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

wc_times=() t1_times=() t2_times=()
for ((i = 0; i < RUNS; i++)); do
  wc_times+=("$(seconds wc -w "$DATA")")
  t1_times+=("$(seconds "$NG" build "$DATA" --threads 1 -o out/bench/graph.json)")
  t2_times+=("$(seconds "$NG" build "$DATA" --threads 2 -o out/bench/graph.json)")
done
wc_s=$(printf '%s\n' "${wc_times[@]}" | median)
t1_s=$(printf '%s\n' "${t1_times[@]}" | median)
t2_s=$(printf '%s\n' "${t2_times[@]}" | median)
awk -v wc="$wc_s" -v t1="$t1_s" -v t2="$t2_s" -v n="$lines" 'BEGIN {
  printf "wc -w              %8.3f s\n", wc
  printf "build --threads 1  %8.3f s  %6.1fx wc -w  %9.0f lines/s\n", t1, t1 / wc, n / t1
  printf "build --threads 2  %8.3f s  %6.1fx wc -w  %9.0f lines/s  (%.2fx faster than 1)\n", t2, t2 / wc, n / t2, t1 / t2
}'
