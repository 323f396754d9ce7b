#!/usr/bin/env python3
"""Scores `newsgraph statements` output against gold edges (issue #3's rules).

  bench/score.py GOLD.jsonl PREDICTED.jsonl [--show-errors]

GOLD: one record per document, {"id", "edges": [{"source","relation","target"}], "optional": [...]}
(the format of ../shared/data/petrarch/unit-eval.jsonl). PREDICTED: statement lines as
`newsgraph statements` prints them ({"doc", "source", "relation", "target", ...}).

Per document an edge is (source, relation, target); has-ties-with is unordered and
duplicates count once. A predicted edge listed in "optional" counts neither for nor
against. Precision, recall and F1 are micro-averaged over all documents, overall and per
relation type.
"""
import argparse
import collections
import json
import sys


def edge(source, relation, target):
    if relation == "has-ties-with" and target < source:
        source, target = target, source
    return (source, relation, target)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold")
    parser.add_argument("predicted")
    parser.add_argument("--show-errors", action="store_true", help="list false positives and misses")
    args = parser.parse_args()

    gold, optional, texts = {}, {}, {}
    with open(args.gold, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            record = json.loads(line)
            doc = record["id"]
            gold[doc] = {edge(e["source"], e["relation"], e["target"]) for e in record.get("edges", [])}
            optional[doc] = {edge(e["source"], e["relation"], e["target"]) for e in record.get("optional", [])}
            texts[doc] = record.get("text", "")

    predicted = collections.defaultdict(set)
    with open(args.predicted, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            s = json.loads(line)
            if s["doc"] not in gold:
                sys.exit(f"{args.predicted}:{n}: document {s['doc']!r} is not in {args.gold}")
            predicted[s["doc"]].add(edge(s["source"], s["relation"], s["target"]))

    tp, fp, fn = collections.Counter(), collections.Counter(), collections.Counter()
    errors = []
    for doc in gold:
        got = predicted.get(doc, set()) - optional[doc]
        for e in got & gold[doc]:
            tp[e[1]] += 1
        for e in got - gold[doc]:
            fp[e[1]] += 1
            errors.append(("false positive", doc, e))
        for e in gold[doc] - got:
            fn[e[1]] += 1
            errors.append(("missed", doc, e))

    def row(name, t, p, n):
        precision = t / (t + p) if t + p else 1.0
        recall = t / (t + n) if t + n else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"{name:<15} {t:>4} {p:>4} {n:>4}   {precision:6.3f} {recall:6.3f} {f1:6.3f}")

    print(f"{'relation':<15} {'tp':>4} {'fp':>4} {'fn':>4}   {'prec':>6} {'recall':>6} {'f1':>6}")
    for relation in ("has-ties-with", "criticizes", "urges"):
        row(relation, tp[relation], fp[relation], fn[relation])
    row("all", sum(tp.values()), sum(fp.values()), sum(fn.values()))
    print(f"documents: {len(gold)}")
    if args.show_errors:
        for kind, doc, e in errors:
            print(f"{kind}: {doc}: {' '.join(e)}\n    {texts.get(doc, '')}")


if __name__ == "__main__":
    main()
