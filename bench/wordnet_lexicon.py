#!/usr/bin/env python3
"""What Debian's WordNet would add to the relation lexicon (issue #9: "use it, or say why not").

  bench/wordnet_lexicon.py [--wordnet /usr/share/wordnet] [--shared ../shared]

For every verb of ingest/lexicon/cues.json's three relations, WordNet's derivational links
("+" pointers, verb -> noun) give the nouns of the same act: accuse -> accusation. The
script lists the nouns of acts and messages (lexicographer files noun.act and
noun.communication; persons such as "accuser" are left out) that the lexicon's noun lists
(cues.json) and noun patterns (patterns.json) lack, with how often each occurs in ../shared/data/news (world.jsonl and articles.jsonl).
README "Why not WordNet at run time" reads its output. Needs the `wordnet-base` package
(not installed by .ci/deps: no build or test uses it).
"""
import argparse
import collections
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOUN_ACT, NOUN_COMMUNICATION = 4, 10  # WordNet's lexicographer file numbers (lexnames)
RELATION_VERBS = {
    "criticizes": ["verbs", "verbs_on_acts"],
    "urges": ["verbs", "verbs_needing_to"],
    "has-ties-with": ["verbs", "mutual_verbs"],
}
RELATION_NOUNS = ["tie_nouns", "nominal_ties", "faults", "accord_nouns", "ally_nouns"]
PARTICLES = {"that", "at", "with", "to", "of", "about", "against", "on", "for", "upon", "out", "into", "back"}


def records(path):
    """The fields of each entry line of a WordNet file (the licence lines start with a space)."""
    with open(path, encoding="latin-1") as f:
        for line in f:
            if not line.startswith(" "):
                yield line.split("|")[0].split()


def read_index(path):
    """lemma -> synset offsets, from index.verb."""
    return {fields[0]: fields[6 + int(fields[3]):] for fields in records(path)}


def read_data(path):
    """offset -> (lexicographer file, words, pointers), from data.verb or data.noun."""
    data = {}
    for fields in records(path):
        word_count = int(fields[3], 16)
        words = [fields[4 + 2 * i].lower() for i in range(word_count)]
        at = 4 + 2 * word_count
        pointers = [tuple(fields[at + 1 + 4 * k: at + 5 + 4 * k]) for k in range(int(fields[at]))]
        data[fields[0]] = (int(fields[1]), words, pointers)
    return data


def derived_nouns(verb, index, verbs, nouns):
    """The nouns of acts and messages WordNet derives from the verb, in sense order."""
    lemma = verb.replace(" ", "_")
    found = []
    for offset in index.get(lemma, []):
        _, words, pointers = verbs[offset]
        if lemma not in words:
            continue
        number = words.index(lemma) + 1
        for symbol, target, pos, source_target in pointers:
            if symbol != "+" or pos != "n" or int(source_target[:2], 16) not in (0, number):
                continue
            lexfile, noun_words, _ = nouns[target]
            noun = noun_words[int(source_target[2:], 16) - 1].replace("_", " ")
            if lexfile in (NOUN_ACT, NOUN_COMMUNICATION) and noun not in found:
                found.append(noun)
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", default="/usr/share/wordnet")
    parser.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    args = parser.parse_args()
    if not os.path.exists(os.path.join(args.wordnet, "index.verb")):
        sys.exit(f"no WordNet in {args.wordnet}: apt-get install wordnet-base")
    index = read_index(os.path.join(args.wordnet, "index.verb"))
    verbs = read_data(os.path.join(args.wordnet, "data.verb"))
    nouns = read_data(os.path.join(args.wordnet, "data.noun"))
    with open(os.path.join(ROOT, "ingest", "lexicon", "cues.json"), encoding="utf-8") as f:
        relations = json.load(f)["relations"]
    with open(os.path.join(ROOT, "ingest", "lexicon", "patterns.json"), encoding="utf-8") as f:
        patterns = json.load(f)["noun_patterns"]

    text = ""
    for name in ("world.jsonl", "articles.jsonl"):
        path = os.path.join(args.shared, "data", "news", name)
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                text += "\n".join(json.loads(line)["text"] for line in f).lower()
    count = collections.Counter()

    def occurrences(noun):
        if noun not in count:
            count[noun] = len(re.findall(r"\b" + re.escape(noun) + r"s?\b", text)) if text else -1
        return count[noun]

    total_verbs = 0
    missing = set()
    for relation, keys in RELATION_VERBS.items():
        spec = relations[relation]
        known = {word for key in RELATION_NOUNS for word in spec.get(key, [])}
        known |= {word for pattern in patterns if pattern["relation"] == relation for word in pattern["nouns"]}
        print(f"{relation}:")
        for verb in sorted({v for key in keys for v in spec.get(key, [])}):
            words = verb.split()
            head = words[0] if len(words) > 1 and words[-1] in PARTICLES else verb
            total_verbs += 1
            new = [n for n in derived_nouns(head, index, verbs, nouns) if n not in known and n + "s" not in known]
            if new:
                missing.update(new)
                shown = ", ".join(f"{n} ({occurrences(n)})" if text else n for n in new)
                print(f"  {verb:22} {shown}")
    rare = sum(1 for n in missing if 0 <= occurrences(n) <= 2) if text else 0
    print(f"{total_verbs} verbs; {len(missing)} distinct nouns WordNet derives that the lexicon lacks"
          + (f", {rare} of them at most twice in the corpora" if text else " (no ../shared: occurrences not counted)"))


if __name__ == "__main__":
    main()
