#!/usr/bin/env bash
# End-to-end checks of the newsgraph executable: exit codes, messages, option values, outputs,
# standard input and output, thread-count independence, the statements round trip.
# Usage: cli_test.sh path/to/newsgraph [samples-dir]
set -uo pipefail

NG=${1:?usage: cli_test.sh NEWSGRAPH [SAMPLES]}
SAMPLES=${2:-$(dirname "$0")/../../samples}
source "$(dirname "$0")/checks.sh"

# Help and usage.
expect 0 "--help" -- "$NG" --help
grep -q '^  build ' "$T/out" || fail "--help lists no build"
expect 0 "help" -- "$NG" help
for cmd in build statements path inspect neighbors stats; do
  expect 0 "$cmd --help" -- "$NG" "$cmd" --help
  grep -qi 'example' "$T/out" || fail "$cmd --help has no example"
  expect 0 "help $cmd" -- "$NG" help "$cmd"
done
expect 2 "no command" -- "$NG"
expect 2 "unknown command" -- "$NG" biuld
err_has "newsgraph: error: unknown command 'biuld'; did you mean 'build'?"
expect 2 "build without -o" -- "$NG" build "$SAMPLES"
expect 2 "-o - without --format" -- "$NG" build "$SAMPLES" -o -
expect 2 "unknown extension" -- "$NG" build "$SAMPLES" -o "$T/g.xyz"
# Numeric options: what an option cannot mean is a usage error that names the option.
bad_number() {  # bad_number OPTION VALUE COMMAND...
  local option=$1 value=$2
  shift 2
  expect 2 "$* $option $value" -- "$NG" "$@" "$option" "$value"
  err_has "newsgraph: error: $option"
}
for value in -1 1000001 x; do bad_number --max-evidence "$value" build "$SAMPLES" -o "$T/g.json"; done
bad_number --max-evidence -1 statements "$SAMPLES"
for value in 0 -1 1025; do bad_number --threads "$value" build "$SAMPLES" -o "$T/g.json"; done
bad_number --threads 0 statements "$SAMPLES"
for value in -1 nan inf x; do bad_number --min-weight "$value" build "$SAMPLES" -o "$T/g.json"; done
err_has "expected a number >= 0, got 'x'"
"$NG" build "$SAMPLES" -o "$T/g.json" || fail "the seed graph for numeric options"
for value in -1 nan; do bad_number --min-weight "$value" neighbors "$T/g.json" Russia; done
bad_number --min-weight -1 path "$T/g.json" Qatar Russia
for value in 0 -1 1.5; do bad_number --k "$value" path "$T/g.json" Qatar Russia; done
for value in -1 x; do bad_number --max-hops "$value" path "$T/g.json" Qatar Russia; done
bad_number --top -1 stats "$T/g.json"
expect 2 "unknown stage" -- "$NG" inspect --until sentense "$SAMPLES"
err_has "did you mean 'sentences'?"
# The speaker stages one at a time: persons, then what refers back to them, the verb groups
# (of "urged"; a verb of saying such as "said" has none), then who speaks.
for until in persons references chunks speakers; do
  expect 0 "inspect --until $until" -- sh -c "echo 'Egyptian envoy Omar Nabil visited Hamas leaders. He said the group must disarm, and urged it to act.' |
    '$NG' inspect --compact --until $until -"
  cp "$T/out" "$T/$until.json"
done
python3 - "$T" <<'EOF' || fail "inspect --until persons, references, chunks, speakers: not each stage's layers"
import json, sys
def layers(stage):
    doc = json.load(open(f"{sys.argv[1]}/{stage}.json"))
    groups = [(g["text"], g["head"], g.get("negated", False)) for g in doc["verb_groups"]]
    return [m["form"] for m in doc["mentions"]], [p["name"] for p in doc["persons"]], groups, len(doc["attributions"])
urged = [("urged", "urged", False)]
assert layers("persons") == (["person", "name"], ["Omar Nabil"], [], 0), layers("persons")
assert layers("references") == (["person", "name", "pronoun", "description"], ["Omar Nabil"], [], 0), layers("references")
assert layers("chunks") == (["person", "name", "pronoun", "description"], ["Omar Nabil"], urged, 0), layers("chunks")
assert layers("speakers") == (["person", "name", "pronoun", "description"], ["Omar Nabil"], urged, 1), layers("speakers")
EOF
# A negation is its own verb group's: "did not want to urge" is negated (and so makes no edge).
expect 0 "inspect --until chunks negated" -- sh -c "echo 'Russia did not want to urge Iran to act.' | '$NG' inspect --compact --until chunks -"
python3 -c 'import json, sys; g = json.load(sys.stdin)["verb_groups"]; assert g == [{"sentence": 0, "text": "did not want to urge", "head": "urge", "negated": True, "planned": True}], g' \
  <"$T/out" || fail "inspect --until chunks: no negated verb group: $(head -c 300 "$T/out")"
# The clauses stage: the clause of "urged" with its subject and object, and none before it runs.
expect 0 "inspect --until clauses" -- sh -c "echo 'Russia denied that Iran urged Syria to act.' | '$NG' inspect --compact --until clauses -"
python3 -c 'import json, sys; c = json.load(sys.stdin)["clauses"]; assert c == [{"sentence": 0, "verb": "urged", "opener": "that", "subjects": ["Iran"], "objects": ["Syria"], "denied": True, "undermined": True}], c' \
  <"$T/out" || fail "inspect --until clauses: not the denied clause of urged: $(head -c 300 "$T/out")"
expect 0 "inspect --until speakers has no clauses" -- sh -c "echo 'Russia denied that Iran urged Syria to act.' | '$NG' inspect --compact --until speakers -"
python3 -c 'import json, sys; assert json.load(sys.stdin)["clauses"] == []' <"$T/out" || fail "inspect --until speakers: clauses before their stage"

# Queries: neighbors, stats, filters.
expect 0 "seed graph" -- "$NG" build "$SAMPLES" -o "$T/q.json"
expect 0 "neighbors" -- "$NG" neighbors "$T/q.json" Russia
grep -q '^criticizes (2):' "$T/out" || fail "neighbors lists no criticizes group: $(head -c 300 "$T/out")"
expect 0 "neighbors --json" -- "$NG" neighbors "$T/q.json" TALIBAN --json --types has-ties-with --min-weight 2
grep -q '"ties"' "$T/out" || fail "neighbors --json has no ties"
expect 2 "neighbors unknown actor" -- "$NG" neighbors "$T/q.json" Rusia
err_has "did you mean 'Russia'"
expect 2 "neighbors bad type" -- "$NG" neighbors "$T/q.json" Russia --types likes
expect 1 "neighbors missing graph" -- "$NG" neighbors "$T/none.json" Russia
expect 0 "stats" -- "$NG" stats "$T/q.json" --top 3
grep -q '^components: 1' "$T/out" || fail "stats shows no components"
expect 0 "stats --json" -- "$NG" stats "$T/q.json" --json
grep -q '"top_weighted_degree"' "$T/out" || fail "stats --json lacks top_weighted_degree"
# Person level (issue 13): dictionary ids for known persons, ICU-folded ASCII slugs for the
# others, one node per person whatever the spelling; stats says represents links are apart.
person() {
  printf '{"doc":"%s","sentence":0,"text":"t","source":"TUR","target":"%s","relation":"criticizes","speaker":"%s","speaker_for":"TUR","date":"1987-03-02"}\n' "$@"
}
{
  person p1 USA "Recep Tayyip Erdoğan"
  person p2 GRC "Erdogan"
  person p3 USA "Ahmet Davutoğlu"
  person p4 USA "Édouard Ünlü"
  person p5 GRC "Edouard Unlu"
} >"$T/persons.jsonl"
expect 0 "build --level person" -- "$NG" build "$T/persons.jsonl" --level person -o "$T/p.json"
for id in recep-tayyip-erdogan ahmet-davutoglu edouard-unlu; do
  [[ $(grep -c "\"id\": \"$id\"" "$T/p.json") == 1 ]] || fail "person id $id: not exactly one node"
done
grep -q 'ğ"' "$T/p.json" && grep -q '"id": "[^"]*[^ -~]' "$T/p.json" && fail "a person id is not ASCII"
expect 0 "neighbors of a person" -- "$NG" neighbors "$T/p.json" Erdogan
grep -q 'United States' "$T/out" || fail "neighbors Erdogan: $(head -c 300 "$T/out")"
expect 0 "neighbors of a person outside the dictionary" -- "$NG" neighbors "$T/p.json" "Édouard Ünlü"
grep -q 'United States' "$T/out" && grep -q 'Greece' "$T/out" ||
  fail "neighbors Édouard Ünlü lacks the two actors he criticizes: $(head -c 300 "$T/out")"
expect 0 "stats, person level" -- "$NG" stats "$T/p.json"
grep -q '^represents links: 3 (person level; not counted in edges)' "$T/out" ||
  fail "stats does not say represents links are apart: $(cat "$T/out")"
expect 1 "path filtered away" -- "$NG" path "$T/q.json" USA NATO --kinds country,armed-group
expect 0 "build --types" -- "$NG" build "$SAMPLES" --types criticizes,urges --min-weight 1 -o "$T/f.json"
[[ $(grep -c '"relation"' "$T/f.json") == 3 ]] || fail "build --types: not the seed's three criticizes and urges edges"
grep -q '"relation": "has-ties-with"' "$T/f.json" && fail "build --types kept has-ties-with"
expect 0 "build --top" -- "$NG" build "$SAMPLES" --top 3 -o "$T/top.json" -o "$T/top.dot"
[[ $(grep -c '"relation"' "$T/top.json") == 3 ]] || fail "build --top 3 kept other than 3 edges"
err_has "top.dot: 3 edges"
err_has "change with --dot-layout"
expect 2 "build bad --since" -- "$NG" build "$SAMPLES" --since 2021-8 -o "$T/f.json"
expect 2 "build bad --kinds" -- "$NG" build "$SAMPLES" --kinds state -o "$T/f.json"
expect 2 "build bad --level" -- "$NG" build "$SAMPLES" --level group -o "$T/f.json"
expect 0 "build --level person" -- "$NG" build "$SAMPLES" --level person -o "$T/p.json"
grep -q '"relation": "represents"' "$T/p.json" || fail "build --level person on the samples made no person node"

# Outputs.
expect 0 "build samples" -- "$NG" build "$SAMPLES" -o "$T/g.json" -o "$T/g.graphml" -o "$T/g.dot"
for f in g.json g.graphml g.dot; do [[ -s $T/$f ]] || fail "$f not written"; done
ls "$T" | grep -q '\.tmp\.' && fail "temporary file left behind"
expect 0 "-o - --format json" -- "$NG" build "$SAMPLES" -o - --format json
cmp -s "$T/out" "$T/g.json" || fail "-o - differs from the file"
expect 1 "stdout is full" -- sh -c "'$NG' build '$SAMPLES' -o - --format json > /dev/full"
err_has "cannot write to standard output: No space left on device"
expect 1 "statements to a full stdout" -- sh -c "'$NG' statements '$SAMPLES' > /dev/full"
expect 1 "inspect to a full stdout" -- sh -c "'$NG' inspect '$SAMPLES' > /dev/full"
err_has "cannot write to standard output: No space left on device"
for query in "path '$T/g.json' Qatar Russia" "neighbors '$T/g.json' Russia" "stats '$T/g.json'"; do
  expect 1 "$query to a full stdout" -- sh -c "'$NG' $query > /dev/full"
  err_has "cannot write to standard output: No space left on device"
done
expect 1 "missing directory" -- "$NG" build "$SAMPLES" -o "$T/nope/g.json"
err_has "newsgraph: error: cannot write \"$T/nope/g.json\": No such file or directory"
touch "$T/plain"
expect 1 "parent is a file" -- "$NG" build "$SAMPLES" -o "$T/plain/g.json"
err_has "cannot write \"$T/plain/g.json\": Not a directory"

# Bad input: skipped and counted (exit 1), or fatal with --strict (outputs untouched).
printf '%s\n' '{"id": "a", "text": "Russia has ties with the Taliban."}' '{oops' >"$T/bad.jsonl"
echo old >"$T/keep.json"
expect 1 "malformed line" -- "$NG" build "$T/bad.jsonl" -o "$T/skip.json"
err_has "$T/bad.jsonl:2: error: invalid JSON at column 2"
err_has "1 of 2 documents skipped"
[[ -s $T/skip.json ]] || fail "output not written when a line was skipped"
expect 1 "--strict" -- "$NG" build --strict "$T/bad.jsonl" -o "$T/keep.json"
[[ $(cat "$T/keep.json") == old ]] || fail "--strict run touched an existing output"
printf '%s\n' '{"id": "c", "text": "Qatar hosted Iran."}' >>"$T/bad.jsonl"
expect 1 "inspect a malformed line" -- "$NG" inspect --compact "$T/bad.jsonl"
err_has "1 of 3 documents skipped"
[[ $(cut -c1-13 "$T/out" | tr '\n' ' ') == '{"id":"a","ti {"id":"c","ti ' ]] ||
  fail "inspect: not documents a and c: $(head -c 300 "$T/out")"
expect 1 "inspect --strict" -- "$NG" inspect --compact --strict "$T/bad.jsonl"
err_has "stopped at the first error (--strict)"
[[ $(cut -c1-13 "$T/out" | tr '\n' ' ') == '{"id":"a","ti ' ]] || fail "inspect --strict: not document a alone"
expect 1 "missing input" -- "$NG" build "$T/missing.txt" -o "$T/m.json"
grep -q '"edges": \[\]' "$T/m.json" || fail "a missing input: the graph of what was read should be empty"
err_has "$T/missing.txt: error: cannot open: No such file or directory"
: >"$T/empty.txt"
expect 0 "empty file" -- "$NG" build "$T/empty.txt" -o "$T/e.json"
grep -q '"nodes": \[\]' "$T/e.json" && grep -q '"edges": \[\]' "$T/e.json" ||
  fail "an empty file should make an empty graph: $(head -c 300 "$T/e.json")"
head -c 3000 /dev/urandom >"$T/binary.txt"
printf 'a\0b\r\n' >>"$T/binary.txt"
expect 0 "binary file" -- "$NG" build "$T/binary.txt" -o "$T/b.json"
python3 -c 'import json, sys; g = json.load(open(sys.argv[1])); assert g["edges"] == [], g' "$T/b.json" ||
  fail "a binary file should make a readable graph without edges"
# A 50 MB single line, and one paragraph of 40,000 sentences: read whole, in time linear in size.
{ printf '{"id": "long", "text": "'; head -c 52428800 /dev/zero | tr '\0' 'a'; printf ' Russia has ties with the Taliban."}\n'; } >"$T/long.jsonl"
expect 0 "a 50 MB line" -- "$NG" build "$T/long.jsonl" -o "$T/long.json"
grep -q '"target": "TALIBAN"' "$T/long.json" || fail "the 50 MB line lost its statement"
rm -f "$T/long.jsonl" "$T/long.json"
python3 -c 'import json; print(json.dumps({"id": "p", "text": "France urged Iran to talk. " * 40000}))' >"$T/para.jsonl"
expect 0 "a 40,000-sentence paragraph" -- "$NG" statements "$T/para.jsonl"
[[ $(wc -l <"$T/out") == 1 ]] || fail "the repeated sentence should count once"
mkdir -p "$T/loop/d" && ln -s .. "$T/loop/d/up"
expect 0 "symlink loop" -- "$NG" build "$T/loop" -o "$T/l.json"
err_has "directory loop through a symlink"

# Standard input.
expect 0 "stdin text" -- sh -c "cat '$SAMPLES'/*.txt | '$NG' statements -"
grep -q '"doc":"stdin"' "$T/out" || fail "stdin text gave no statements of a document named stdin"
expect 0 "stdin JSON Lines" -- sh -c "echo '{\"id\": \"x\", \"text\": \"hi\"}' | '$NG' inspect --compact -"
grep -q '"id":"x"' "$T/out" || fail "stdin JSON Lines not read"

# Same graph for any thread count; statements round trip and map/reduce.
expect 0 "threads 1" -- "$NG" build "$SAMPLES" --threads 1 -o "$T/t1.json"
expect 0 "threads 2" -- "$NG" build "$SAMPLES" --threads 2 -o "$T/t2.json"
cmp -s "$T/t1.json" "$T/t2.json" || fail "--threads changes the output"
expect 0 "statements" -- "$NG" statements "$SAMPLES"
cp "$T/out" "$T/st.jsonl"
expect 0 "build from statements" -- "$NG" build "$T/st.jsonl" -o "$T/rt.json"
cmp -s "$T/rt.json" "$T/t1.json" || fail "statements -> build differs from build"
expect 0 "build from graph json" -- "$NG" build "$T/t1.json" -o "$T/conv.json"
cmp -s "$T/conv.json" "$T/t1.json" || fail "a graph read back and written again differs"

# Map/reduce through the statements format: split a JSON Lines file into shards, run
# `statements` on each shard (two at a time), `build` over the shard outputs in order: the
# graph equals one build over everything, byte for byte.
mkdir "$T/mr"
python3 "$(dirname "$0")/map_reduce_corpus.py" "$SAMPLES" >"$T/mr/all.jsonl"
split -n l/4 -d --additional-suffix=.jsonl "$T/mr/all.jsonl" "$T/mr/shard"
# inspect over the same corpus: one document per line, in input order, for any thread count.
for until in sentences relations; do
  expect 0 "inspect --until $until --threads 1" -- "$NG" inspect --compact --until "$until" --threads 1 "$T/mr/all.jsonl"
  cp "$T/out" "$T/i1.jsonl"
  python3 -c 'import json, sys
ids = [json.loads(l)["id"] for l in open(sys.argv[1])]
assert ids == [json.loads(l)["id"] for l in open(sys.argv[2])], "not the input ids in order"' "$T/i1.jsonl" "$T/mr/all.jsonl" ||
    fail "inspect --until $until: not one document per input line, in order"
  expect 0 "inspect --until $until --threads 2" -- "$NG" inspect --compact --until "$until" --threads 2 "$T/mr/all.jsonl"
  cmp -s "$T/out" "$T/i1.jsonl" || fail "inspect --until $until: --threads changes the output"
done
grep -q '"relation":"has-ties-with"' "$T/i1.jsonl" || fail "inspect of the corpus shows no statement"
[[ -s $T/mr/shard03.jsonl ]] || fail "split made no fourth shard"
ls "$T/mr"/shard*.jsonl | xargs -P 2 -I{} sh -c "'$NG' statements --threads 1 {} > {}.st" ||
  fail "statements on a shard failed"
expect 0 "statements of the samples" -- "$NG" statements "$SAMPLES"
cp "$T/out" "$T/mr/samples.st.jsonl"
for f in "$T/mr"/shard*.jsonl.st; do mv "$f" "${f%.jsonl.st}.st.jsonl"; done
expect 0 "reduce the shards" -- "$NG" build "$T/mr/samples.st.jsonl" "$T/mr"/shard*.st.jsonl -o "$T/mr/reduced.json"
expect 0 "one build" -- "$NG" build "$SAMPLES" "$T/mr/all.jsonl" --threads 2 -o "$T/mr/single.json"
grep -q '"statements": [1-9][0-9][0-9]' "$T/mr/single.json" || fail "map/reduce corpus has too few statements"
cmp -s "$T/mr/reduced.json" "$T/mr/single.json" || fail "map/reduce over shards differs from one build"
if command -v parallel >/dev/null; then
  # The README's recipe: GNU parallel cuts standard input into blocks of whole lines.
  expect 0 "parallel --pipe" -- sh -c "'$NG' statements '$SAMPLES' > '$T/mr/p0.jsonl' &&
    parallel --pipe -k --block 20k '$NG' statements --threads 1 - < '$T/mr/all.jsonl' > '$T/mr/p1.jsonl'"
  expect 0 "reduce the parallel output" -- "$NG" build "$T/mr/p0.jsonl" "$T/mr/p1.jsonl" -o "$T/mr/par.json"
  cmp -s "$T/mr/par.json" "$T/mr/single.json" || fail "parallel --pipe map/reduce differs from one build"
fi

finish CLI
