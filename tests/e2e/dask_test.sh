#!/usr/bin/env bash
# The map on a Dask LocalCluster of 2 worker processes (bench/dask_map.py), reduced by one
# `build`, equals one `build` over the same input, byte for byte: over byte ranges of one
# file, and over a list of shard files while a worker process is killed in the middle of a
# task (Dask runs the task again). A failing shard leaves no statements file. Input:
# ../shared/data/news/world.jsonl, or the samples' map/reduce corpus when ../shared is absent.
# Usage: dask_test.sh NEWSGRAPH SHARED SAMPLES. Exit 77 (skipped) without python3-distributed.
set -uo pipefail

NG=${1:?usage: dask_test.sh NEWSGRAPH SHARED SAMPLES}
SHARED=${2:?usage: dask_test.sh NEWSGRAPH SHARED SAMPLES}
SAMPLES=${3:?usage: dask_test.sh NEWSGRAPH SHARED SAMPLES}
HERE=$(dirname "$0")
MAP=$HERE/../../bench/dask_map.py
# Debian's Dask is in /usr/bin/python3's path, which a python3 earlier on PATH may not see.
PY=
for python in python3 /usr/bin/python3; do
  if "$python" -c 'import distributed' 2>/dev/null; then PY=$python; break; fi
done
if [[ -z $PY ]]; then
  echo "skipped: no python3 with Dask distributed (Debian's python3-distributed)"
  exit 77
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

INPUT=$SHARED/data/news/world.jsonl
if [[ ! -f $INPUT ]]; then
  echo "$INPUT is missing: using the samples' map/reduce corpus"
  INPUT=$T/corpus.jsonl
  python3 "$HERE/map_reduce_corpus.py" "$SAMPLES" >"$INPUT"
fi
BLOCK=$(($(stat -c %s "$INPUT") / 8))  # 8 shards, 4 per worker

"$NG" build --threads 2 "$INPUT" -o "$T/single.json" || fail "one build: exit $?"
grep -q '"statements": [1-9][0-9]' "$T/single.json" || fail "the input gives too few statements"

# map_and_reduce NAME NEWSGRAPH BLOCK INPUT...: the Dask map into $T/NAME, then the reduce
# into $T/NAME.json, which must equal the single build.
map_and_reduce() {
  local name=$1 newsgraph=$2 block=$3
  shift 3
  "$PY" "$MAP" --workers 2 --block "$block" --newsgraph "$newsgraph" "$@" -o "$T/$name" \
    2>"$T/$name.err" || fail "$name: dask_map.py exit $?: $(tail -c 1500 "$T/$name.err")"
  local files
  files=$(find "$T/$name" -type f | wc -l)
  [[ $files == 8 ]] || fail "$name: $files files in the output, expected 8 shards: $(ls -a "$T/$name")"
  "$NG" build "$T/$name" -o "$T/$name.json" || fail "$name: reduce: exit $?"
  cmp -s "$T/$name.json" "$T/single.json" || fail "$name: the Dask map/reduce differs from one build"
}

# The input cut by byte range.
map_and_reduce plain "$NG" "$BLOCK" "$INPUT"

# A list of shard files, and the first task kills its worker process after writing part of
# its output: the partial file must not count, and Dask must run the task again.
split -n l/8 -d --additional-suffix=.jsonl "$INPUT" "$T/shard"
cat >"$T/killer" <<EOF
#!/bin/sh
if mkdir "$T/kill-marker" 2>/dev/null; then
  "$NG" "\$@" | head -c 3000
  echo \$PPID >"$T/kill-marker/pid"
  kill -9 \$PPID
  exit 1
fi
exec "$NG" "\$@"
EOF
chmod +x "$T/killer"
map_and_reduce killed "$T/killer" 0 "$T"/shard*.jsonl
if [[ -s $T/kill-marker/pid ]]; then
  kill -0 "$(cat "$T/kill-marker/pid")" 2>/dev/null && fail "the worker process to kill is still alive"
else
  fail "no worker process was killed"
fi

# A shard that fails (newsgraph exits 2 on an unknown option) fails the run: exit 1 and no
# statements file left, so no partial set can be reduced by mistake.
"$PY" "$MAP" --workers 2 --block "$BLOCK" --newsgraph "$NG" "$INPUT" -o "$T/bad" -- --no-such-option \
  2>"$T/bad.err"
status=$?
[[ $status == 1 ]] || fail "a failing shard: exit $status, expected 1"
grep -q "8 of 8 shards failed" "$T/bad.err" || fail "no failure summary: $(tail -c 600 "$T/bad.err")"
[[ -z $(ls -A "$T/bad") ]] || fail "a failed run left files: $(ls -A "$T/bad")"
# A non-empty output directory is a usage error: a stale shard would join the reduce.
"$PY" "$MAP" --newsgraph "$NG" "$INPUT" -o "$T/plain" 2>"$T/used.err"
status=$?
[[ $status == 2 ]] || fail "non-empty output directory: exit $status, expected 2"

((failures == 0)) || { echo "$failures failure(s)" >&2; exit 1; }
echo "Dask map/reduce over $(basename "$INPUT") equals one build, also with a killed worker"
