#!/usr/bin/env python3
"""A JSON Lines corpus for the map/reduce tests: documents from the samples' paragraphs, plus
short ones about actors every dictionary knows, enough lines for several batches per shard.
Usage: map_reduce_corpus.py SAMPLES_DIR > corpus.jsonl"""
import json, pathlib, sys

paragraphs = [p.strip() for f in sorted(pathlib.Path(sys.argv[1]).glob("*.txt"))
              for p in f.read_text(encoding="utf-8").split("\n\n") if p.strip()]
sentences = ["Russia has ties with the Taliban.", "Qatar hosted the United States.",
             "Moscow urged Afghanistan to talk.", "The Taliban met Qatar in Doha.",
             "Afghanistan and Russia signed a deal.", "China criticized Japan.",
             "NATO urged Russia to withdraw."]
docs = [{"id": f"p{i}", "text": p} for i, p in enumerate(paragraphs)]
for i in range(1500):
    docs.append({"id": f"d{i}", "date": f"2021-08-{10 + i % 19}",
                 "text": sentences[i % 7] + " " + sentences[(i * 3 + 1) % 7]})
for d in docs:
    print(json.dumps(d))
