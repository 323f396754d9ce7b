#!/usr/bin/env bash
# The .ngx graph snapshot end to end: lossless both ways byte for byte, every query the same
# on .ngx as on .json (filters included), `path --pairs`, build merging snapshots, and hostile
# files (truncated, corrupt, wrong version, wrong byte order) as errors naming the file.
# Usage: snapshot_test.sh path/to/newsgraph [samples-dir]
set -uo pipefail

NG=${1:?usage: snapshot_test.sh NEWSGRAPH [SAMPLES]}
SAMPLES=${2:-$(dirname "$0")/../../samples}
source "$(dirname "$0")/checks.sh"

# Lossless both ways, and the same snapshot from the text as from its JSON.
expect 0 "build json and ngx" -- "$NG" build "$SAMPLES" -o "$T/g.json" -o "$T/g.ngx"
expect 0 "ngx -> json" -- "$NG" build "$T/g.ngx" -o "$T/back.json"
cmp -s "$T/g.json" "$T/back.json" || fail "ngx -> json differs from the JSON"
expect 0 "json -> ngx" -- "$NG" build "$T/g.json" -o "$T/back.ngx"
cmp -s "$T/g.ngx" "$T/back.ngx" || fail "json -> ngx differs from the snapshot"
expect 0 "ngx -> graphml" -- "$NG" build "$T/g.ngx" -o "$T/s.graphml"
expect 0 "json -> graphml" -- "$NG" build "$T/g.json" -o "$T/j.graphml"
cmp -s "$T/s.graphml" "$T/j.graphml" || fail "GraphML from the snapshot differs"
# With the snapshot, JSON and GraphML are written from its compact form: the same bytes as
# each written alone from the graph.
expect 0 "build json alone" -- "$NG" build "$SAMPLES" -o "$T/alone.json"
cmp -s "$T/g.json" "$T/alone.json" || fail "JSON written with the snapshot differs from JSON alone"
expect 0 "build graphml with ngx" -- "$NG" build "$SAMPLES" -o "$T/with.graphml" -o "$T/with.ngx"
cmp -s "$T/with.graphml" "$T/j.graphml" || fail "GraphML written with the snapshot differs from GraphML alone"
expect 0 "-o - --format ngx" -- "$NG" build "$T/g.json" -o - --format ngx
cmp -s "$T/out" "$T/g.ngx" || fail "-o - --format ngx differs from the file"
# Merging a snapshot is merging its JSON (weights add), also with a snapshot named .json.
cp "$T/g.ngx" "$T/named-like-json.json"
expect 0 "merge json twice" -- "$NG" build "$T/g.json" "$T/g.json" -o "$T/m1.json"
expect 0 "merge ngx and json" -- "$NG" build "$T/g.json" "$T/named-like-json.json" -o "$T/m2.json"
cmp -s "$T/m1.json" "$T/m2.json" || fail "merging a snapshot differs from merging its JSON"
expect 0 "person level" -- "$NG" build "$SAMPLES" --level person -o "$T/p.json" -o "$T/p.ngx"
expect 0 "person level, json alone" -- "$NG" build "$SAMPLES" --level person -o "$T/p-alone.json"
cmp -s "$T/p.json" "$T/p-alone.json" || fail "person-level JSON written with the snapshot differs from JSON alone"

# Every query answers the same from either file: same stdout, same exit status.
same() {  # same DESCRIPTION -- COMMAND-WITH-GRAPH-AS-{}...
  local what=$1
  shift 2
  local args=("$@") json=() ngx=()
  for a in "${args[@]}"; do json+=("${a//\{\}/$GRAPH.json}"); ngx+=("${a//\{\}/$GRAPH.ngx}"); done
  "$NG" "${json[@]}" >"$T/a.out" 2>/dev/null
  local a=$?
  "$NG" "${ngx[@]}" >"$T/b.out" 2>/dev/null
  local b=$?
  [[ $a == "$b" ]] || fail "$what: exit $a from .json, $b from .ngx"
  cmp -s "$T/a.out" "$T/b.out" || fail "$what: output differs: $(diff "$T/a.out" "$T/b.out" | head -5)"
}
GRAPH=$T/g
for q in "Qatar Russia" "USA NATO" "NATO USA" "Taliban Taliban" "China Britain"; do
  read -r from to <<<"$q"
  same "path $q" -- path {} "$from" "$to"
  same "path $q --explain" -- path {} "$from" "$to" --explain
  same "path $q --json --k 3" -- path {} "$from" "$to" --json --k 3
  same "path $q --directed --k 10" -- path {} "$from" "$to" --directed --k 10
  same "path $q --weighted --k 4" -- path {} "$from" "$to" --weighted --k 4
  same "path $q --weighted --max-hops 2 --k 2" -- path {} "$from" "$to" --weighted --max-hops 2 --k 2
  same "path $q --types" -- path {} "$from" "$to" --types has-ties-with,urges --json
  same "path $q --kinds --min-weight" -- path {} "$from" "$to" --kinds country,armed-group --min-weight 2
done
for actor in Russia Taliban NATO Qatar; do
  same "neighbors $actor" -- neighbors {} "$actor"
  same "neighbors $actor --json filtered" -- neighbors {} "$actor" --json --types criticizes,has-ties-with --min-weight 2
  same "neighbors $actor --kinds" -- neighbors {} "$actor" --kinds country
done
same "neighbors unknown" -- neighbors {} Rusia
same "stats" -- stats {}
same "stats --json --top 3" -- stats {} --json --top 3
GRAPH=$T/p
same "stats, person level" -- stats {} --json
same "neighbors of a person" -- neighbors {} Erdogan
same "path from a person" -- path {} Erdogan Russia --k 2 --json

# Batch queries: one JSON line per pair, equal to the single query; bad lines say their number.
printf 'QAT\tRUS\nUSA\tNATO\nRusia\tQAT\n\nno tab here\nTALIBAN\tUSA\n' >"$T/pairs.tsv"
expect 1 "--pairs FILE" -- "$NG" path "$T/g.ngx" --pairs "$T/pairs.tsv"
[[ $(wc -l <"$T/out") == 5 ]] || fail "--pairs: $(wc -l <"$T/out") lines for 5 pairs"
err_has "newsgraph: error: $T/pairs.tsv:3: unknown actor 'Rusia'"
err_has "newsgraph: error: $T/pairs.tsv:5: expected FROM<TAB>TO"
err_has "2 of 6 lines without a path"
cp "$T/out" "$T/pairs.out"
"$NG" path "$T/g.json" USA NATO --json >"$T/single.json"
python3 - "$T/pairs.out" "$T/single.json" <<'PY' || fail "--pairs lines do not match the single queries"
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
assert lines[1] == json.load(open(sys.argv[2])), lines[1]
assert lines[2] == {"line": 3, "from": "Rusia", "to": "QAT", "error": "unknown actor"}, lines[2]
assert lines[3]["line"] == 5 and lines[3]["error"] == "expected FROM<TAB>TO", lines[3]
assert [l["nodes"] for l in lines[4]["paths"]] == [["TALIBAN", "USA"]], lines[4]
PY
expect 0 "--pairs - (standard input)" -- sh -c "printf 'QAT\tRUS\n' | '$NG' path '$T/g.ngx' --pairs - --k 2 --directed"
[[ $(wc -l <"$T/out") == 1 ]] || fail "--pairs -: not one line"
expect 0 "--pairs on a .json graph" -- sh -c "printf 'QAT\tRUS\n' | '$NG' path '$T/g.json' --pairs -"
expect 2 "--pairs with FROM" -- "$NG" path "$T/g.ngx" QAT --pairs "$T/pairs.tsv"
expect 2 "--pairs with --explain" -- "$NG" path "$T/g.ngx" --pairs "$T/pairs.tsv" --explain
expect 2 "path without TO" -- "$NG" path "$T/g.ngx" QAT
expect 1 "--pairs missing file" -- "$NG" path "$T/g.ngx" --pairs "$T/none.tsv"

# Hostile snapshots: exit 1 and "newsgraph: error: FILE: ...", never a crash.
hostile() {  # hostile NAME EXPECTED-MESSAGE
  for cmd in "path $T/$1 QAT RUS" "neighbors $T/$1 RUS" "stats $T/$1"; do
    # shellcheck disable=SC2086
    expect 1 "$cmd" -- "$NG" $cmd
    err_has "newsgraph: error: $T/$1: $2"
  done
  expect 1 "build from $1" -- "$NG" build "$T/$1" -o "$T/from-hostile.json"
  err_has "newsgraph: error: $T/$1: $2"
  err_has "1 of 1 inputs skipped"
}
size=$(stat -c %s "$T/g.ngx")
head -c $((size / 2)) "$T/g.ngx" >"$T/truncated.ngx"
hostile truncated.ngx "truncated: the header says $size bytes, the file has $((size / 2))"
head -c 20 "$T/g.ngx" >"$T/stub.ngx"
hostile stub.ngx "truncated: 20 bytes, shorter than a snapshot header"
cp "$T/g.ngx" "$T/corrupt.ngx"
# The first node's label: in the sections every query reads (the evidence is read on demand).
printf '\x7f' | dd of="$T/corrupt.ngx" bs=1 seek=492 conv=notrunc status=none
hostile corrupt.ngx "section nodes: checksum mismatch (the file is corrupt)"
cp "$T/g.ngx" "$T/version.ngx"
printf '\x09' | dd of="$T/version.ngx" bs=1 seek=8 conv=notrunc status=none
hostile version.ngx "snapshot version 9; this newsgraph reads version 1"
cp "$T/g.ngx" "$T/endian.ngx"
printf '\x01\x02\x03\x04' | dd of="$T/endian.ngx" bs=1 seek=12 conv=notrunc status=none
hostile endian.ngx "written on a machine of the other byte order"
expect 1 "--strict stops at a bad snapshot" -- "$NG" build --strict "$T/corrupt.ngx" "$SAMPLES" -o "$T/strict.json"
[[ -e $T/strict.json ]] && fail "--strict wrote an output after a bad snapshot"

finish snapshot
