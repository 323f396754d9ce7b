#!/usr/bin/env python3
"""Extraction quality: the development set, PETRARCH and the seed, per relation (issue #9).

  bench/extraction.py [--newsgraph build/newsgraph] [--shared ../shared] [--misses]
                      [--gate] [--blind [GOLD]]

- Development set (../shared/data/news/dev-gold.jsonl, 316 documents): precision and recall
  per relation from ../shared/tools/score-edges. With --misses, every missed required edge is
  listed under the first stage that lost it, read from `newsgraph inspect` of its document:
    source not found  the gold source is not among the actors of the evidence sentence
                      (speaker, person or reference not bound to the actor);
    target not found  the same for the target;
    not read          both are there, but no cue or pattern joined them (wording, structure,
                      or a filter).
- With --blind, bench/blind-gold.jsonl: 3175 documents of world.jsonl and articles.jsonl that
  are not in the development set, annotated blind (without newsgraph's output) by the
  rules of ../shared/docs/annotation.md, as an estimate of the unpublished set (README:
  "Unseen documents" says which batches were scored before their misses were read).
- With --probes, bench/probe-sentences.txt: news sentences written blind by helpers (58 tables) with their
  required edges; recall per table, and the edges outside the list (some of them optional).
- PETRARCH unit-eval (bench/score.py) and the seed's twelve edges.
--gate exits 1 when a figure falls below the floors below (CI runs it: tests/e2e/extraction_gate.sh).
"""
import argparse
import collections
import json
import os
import subprocess
import sys

# Just below today's figures (dev precision 1.000, recall 0.852 = 115 of 135 edges), so that
# losing five development edges, or three wrong ones, fails CI. Raise them with the figures.
FLOORS = {"dev_precision": 0.98, "dev_recall": 0.83, "petrarch_precision": 0.95, "petrarch_recall": 1.0}
SEED_EDGES = 12


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw).stdout


def dev_scores(ng, shared, tmp, misses):
    news = os.path.join(shared, "data/news")
    predicted = os.path.join(tmp, "dev.jsonl")
    with open(predicted, "w") as out:
        subprocess.run([ng, "statements", os.path.join(news, "dev-docs.jsonl")], check=True, stdout=out)
    score = [os.path.join(shared, "tools/score-edges"), os.path.join(news, "dev-gold.jsonl"), predicted,
             "--actors", os.path.join(news, "dev-gold-actors.json")]
    metrics = {m["relation"]: m for m in json.loads(run(score + ["--json"]))["metrics"]}
    print("development set (../shared/data/news/dev-gold.jsonl)")
    print(f"  {'relation':<15} {'tp':>4} {'fp':>4} {'fn':>4}  {'precision':>9} {'recall':>6}")
    for name in ("overall", "has-ties-with", "criticizes", "urges"):
        m = metrics[name]
        precision = m["precision"] if m["precision"] is not None else 1.0
        print(f"  {name:<15} {m['tp']:>4} {m['fp']:>4} {m['fn']:>4}  {precision:9.3f} {m['recall']:6.3f}")
    if misses:
        list_misses(ng, news, run(score + ["--verbose"]))
    overall = metrics["overall"]
    return overall["precision"] if overall["precision"] is not None else 1.0, overall["recall"]


def list_misses(ng, news, verbose):
    wanted = collections.defaultdict(list)  # doc -> missed (source, relation, target, evidence)
    in_misses = False
    for line in verbose.splitlines():
        if line.startswith("Misses"):
            in_misses = True
        elif in_misses and line.startswith("  "):
            head, _, evidence = line.strip().partition(" | ")
            doc, source, relation, target = head.split()
            wanted[doc].append((source, relation, target, evidence))
    with open(os.path.join(news, "dev-docs.jsonl")) as f:
        lines = [line for line in f if json.loads(line)["id"] in wanted]
    groups = collections.defaultdict(list)
    for line in run([ng, "inspect", "--compact", "-"], input="".join(lines)).splitlines():
        d = json.loads(line)
        actors = collections.defaultdict(set)  # sentence index -> actor ids of its mentions
        for m in d["mentions"]:
            actors[m["sentence"]].add(m["actor"])
        for source, relation, target, evidence in wanted[d["id"]]:
            # The gold evidence is verbatim but cut with "..."; find its sentence by its longest piece.
            piece = max(evidence.split("..."), key=len).strip()[:50]
            index = next((s["index"] for s in d["sentences"] if piece in s["text"]), None)
            found = actors[index] if index is not None else set().union(*actors.values())
            cause = ("source not found" if source not in found else
                     "target not found" if target not in found else "not read")
            groups[cause].append(f"{d['id']}  {source} {relation} {target}  | {evidence[:150]}")
    for cause in ("source not found", "target not found", "not read"):
        print(f"\nmisses, {cause}: {len(groups[cause])}")
        for row in groups[cause]:
            print("  " + row)


def blind_scores(ng, shared, tmp, gold):
    """A gold file of unseen documents of world.jsonl and articles.jsonl (bench/blind-gold.jsonl):
    its documents are taken from ../shared by id and scored like the development set."""
    news = os.path.join(shared, "data/news")
    ids = {json.loads(line)["id"] for line in open(gold)}
    docs = os.path.join(tmp, "blind-docs.jsonl")
    with open(docs, "w") as out:
        for name in ("articles.jsonl", "world.jsonl"):
            for line in open(os.path.join(news, name)):
                if json.loads(line)["id"] in ids:
                    out.write(line)
    predicted = os.path.join(tmp, "blind.jsonl")
    with open(predicted, "w") as out:
        subprocess.run([ng, "statements", docs], check=True, stdout=out)
    score = [os.path.join(shared, "tools/score-edges"), gold, predicted,
             "--actors", os.path.join(news, "dev-gold-actors.json"), "--json"]
    metrics = {m["relation"]: m for m in json.loads(run(score))["metrics"]}
    print(f"\nunseen documents ({os.path.relpath(gold)}, {len(ids)} documents)")
    print(f"  {'relation':<15} {'tp':>4} {'fp':>4} {'fn':>4}  {'precision':>9} {'recall':>6}")
    for name in ("overall", "has-ties-with", "criticizes", "urges"):
        m = metrics[name]
        precision = m["precision"] if m["precision"] is not None else 1.0
        print(f"  {name:<15} {m['tp']:>4} {m['fp']:>4} {m['fn']:>4}  {precision:9.3f} {m['recall']:6.3f}")


def probe_scores(ng, tmp, table):
    # "SENTENCE|SRC c|u|t TGT;...": one document per sentence; recall of the required edges
    # per table, and the edges outside them (optional readings among them).
    rows, tables = [], []
    for line in open(table, encoding="utf-8"):
        if line.startswith("# table "):
            tables.append(line.split()[2])
        elif line.strip() and not line.startswith("#"):
            text, _, edges = line.rstrip("\n").partition("|")
            rows.append((tables[-1] if tables else "-", text, [e.split() for e in edges.split(";") if e.strip()]))
    docs = os.path.join(tmp, "probe-docs.jsonl")
    with open(docs, "w") as out:
        for i, (_, text, _) in enumerate(rows):
            out.write(json.dumps({"id": str(i), "text": text}) + "\n")
    short = {"criticizes": "c", "urges": "u", "has-ties-with": "t"}
    def key(doc, source, relation, target):
        return (doc, *sorted((source, target)), relation) if relation == "t" else (doc, source, target, relation)
    found = {key(int(s["doc"]), s["source"], short[s["relation"]], s["target"])
             for s in map(json.loads, run([ng, "statements", docs]).splitlines())}
    counts = collections.OrderedDict()
    for i, (name, _, edges) in enumerate(rows):
        c = counts.setdefault(name, [0, 0, 0])
        expected = {key(i, s, r, t) for s, r, t in edges}
        c[0] += len(expected)
        c[1] += len(expected & found)
    for k in found:
        counts[rows[k[0]][0]][2] += not any(key(k[0], s, r, t) == k for s, r, t in rows[k[0]][2])
    print(f"\nprobe sentences ({os.path.relpath(table)}, {len(rows)} sentences)")
    print(f"  {'table':<8} {'required':>8} {'found':>6} {'recall':>6} {'extra':>6}")
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    for name, c in list(counts.items()) + [("all", total)]:
        print(f"  {name:<8} {c[0]:>8} {c[1]:>6} {c[1] / max(c[0], 1):6.3f} {c[2]:>6}")


def petrarch_scores(ng, shared, tmp):
    data = os.path.join(shared, "data/petrarch")
    predicted = os.path.join(tmp, "petrarch.jsonl")
    with open(predicted, "w") as out:
        subprocess.run([ng, "statements", "--actors", os.path.join(data, "actors.json"),
                        os.path.join(data, "unit-eval.jsonl")], check=True, stdout=out, stderr=subprocess.DEVNULL)
    here = os.path.dirname(os.path.abspath(__file__))
    text = run([sys.executable, os.path.join(here, "score.py"), os.path.join(data, "unit-eval.jsonl"), predicted])
    print("\nPETRARCH unit-eval (../shared/data/petrarch)")
    print("  " + text.rstrip().replace("\n", "\n  "))
    for line in text.splitlines():
        if line.startswith("all "):
            parts = line.split()
            return float(parts[4]), float(parts[5])
    raise SystemExit("bench/score.py printed no 'all' line")


def seed_edges(ng, samples):
    lines = run([ng, "statements", samples]).splitlines()
    edges = {(s["source"], s["relation"], s["target"]) for s in map(json.loads, lines)}
    print(f"\nseed (samples/): {len(edges)} edges (relations.md: exactly {SEED_EDGES})")
    return len(edges)


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--newsgraph", default=os.path.join(root, "build/newsgraph"))
    parser.add_argument("--shared", default=os.path.join(root, "../shared"))
    parser.add_argument("--misses", action="store_true", help="list the missed edges by cause")
    parser.add_argument("--gate", action="store_true", help="exit 1 below the floors")
    parser.add_argument("--blind", nargs="?", const=os.path.join(root, "bench/blind-gold.jsonl"), metavar="GOLD",
                        help="also score a gold file of unseen documents (default bench/blind-gold.jsonl)")
    parser.add_argument("--probes", nargs="?", const=os.path.join(root, "bench/probe-sentences.txt"), metavar="TABLE",
                        help="also score the probe sentence tables (default bench/probe-sentences.txt)")
    args = parser.parse_args()
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        dev_p, dev_r = dev_scores(args.newsgraph, args.shared, tmp, args.misses)
        if args.blind:
            blind_scores(args.newsgraph, args.shared, tmp, args.blind)
        if args.probes:
            probe_scores(args.newsgraph, tmp, args.probes)
        pet_p, pet_r = petrarch_scores(args.newsgraph, args.shared, tmp)
        seed = seed_edges(args.newsgraph, os.path.join(root, "samples"))
    if args.gate:
        figures = {"dev_precision": dev_p, "dev_recall": dev_r, "petrarch_precision": pet_p, "petrarch_recall": pet_r}
        failed = [f"{k} {figures[k]:.3f} < {v}" for k, v in FLOORS.items() if figures[k] < v]
        if seed != SEED_EDGES:
            failed.append(f"seed has {seed} edges, not {SEED_EDGES}")
        for line in failed:
            print(f"FAIL: {line}", file=sys.stderr)
        print("gate: " + ("failed" if failed else "passed, floors " + json.dumps(FLOORS)))
        return 1 if failed else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
