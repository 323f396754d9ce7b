#!/usr/bin/env bash
# Memory benchmark (issue 6): `newsgraph build` on a 1 GB JSON Lines file must keep its
# peak RSS under 256 MB. Not run in CI (it reads a gigabyte).
#   bash bench/memory.sh [NEWSGRAPH] [INPUT.jsonl] [TARGET_MB] [THREADS]
# Defaults: build/newsgraph, ../shared/data/news/world.jsonl repeated with fresh ids until the
# copy holds 1000 MB (out/bench/<name>-1gb.jsonl, made once), all cores.
set -euo pipefail
cd "$(dirname "$0")/.."
NG=${1:-build/newsgraph}
SRC=${2:-../shared/data/news/world.jsonl}
TARGET_MB=${3:-1000}
THREADS=${4:-0}
mkdir -p out/bench
DATA=out/bench/$(basename "$SRC" .jsonl)-${TARGET_MB}mb.jsonl
if [[ ! -s $DATA ]]; then
  # sed rewrites only the leading "id" of each line ("ID" -> "ID~REP"), at disk speed; lines
  # without one keep their text and get "file:line" ids from the reader, which differ per copy.
  size=$(stat -c %s "$SRC")
  repeat=$(( (TARGET_MB * 1000000 + size - 1) / size ))
  : >"$DATA.tmp"
  for ((rep = 0; rep < repeat; rep++)); do
    sed "s/^{\"id\": \"\\([^\"]*\\)\"/{\"id\": \"\\1~$rep\"/" "$SRC" >>"$DATA.tmp"
  done
  mv "$DATA.tmp" "$DATA"
fi
bytes=$(stat -c %s "$DATA")
echo "input: $DATA ($(wc -l <"$DATA") lines, $((bytes / 1000000)) MB)" >&2
threads=()
[[ $THREADS != 0 ]] && threads=(--threads "$THREADS")
/usr/bin/time -v "$NG" build "$DATA" "${threads[@]}" -o out/bench/memory-graph.json 2>out/bench/memory-time.txt || true
peak_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' out/bench/memory-time.txt)
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' out/bench/memory-time.txt)
awk -v kb="$peak_kb" -v wall="$wall" -v mb="$((bytes / 1000000))" 'BEGIN {
  printf "build %d MB: wall %s, peak RSS %.1f MB (target < 256 MB): %s\n", mb, wall, kb / 1024,
         kb / 1024 < 256 ? "OK" : "OVER"
  exit kb / 1024 < 256 ? 0 : 1
}'
