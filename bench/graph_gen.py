#!/usr/bin/env python3
"""Synthetic statements JSONL for bench/graph_bench.sh (issue #4): ACTORS actors with
ISO-like ids (X + four capitals, so none is a real ISO code or dictionary alias), STATEMENTS
statements, deterministic for a seed. Relations: 60% has-ties-with, 25% criticizes, 15% urges;
one short evidence sentence each; dates over 2015-2024.
usage: graph_gen.py ACTORS STATEMENTS SEED > out.jsonl"""
import random
import string
import sys

actors, statements, seed = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(seed)
letters = string.ascii_uppercase
ids = []
for i in range(actors):
    n, code = i, ""
    for _ in range(4):
        code = letters[n % 26] + code
        n //= 26
    ids.append("X" + code)
verbs = {"has-ties-with": "has ties with", "criticizes": "criticized", "urges": "urged"}
relations = ["has-ties-with"] * 12 + ["criticizes"] * 5 + ["urges"] * 3
out = sys.stdout
write = out.write
# A skewed choice (some actors in the news far more than others), as in real news.
weights = [1.0 / (1 + i) ** 0.5 for i in range(actors)]
sources = rng.choices(range(actors), weights=weights, k=statements)
targets = rng.choices(range(actors), weights=weights, k=statements)
for i in range(statements):
    s, t = sources[i], targets[i]
    if s == t:
        t = (t + 1) % actors
    r = relations[rng.randrange(20)]
    a, b = ids[s], ids[t]
    date = f"{2015 + rng.randrange(10)}-{1 + rng.randrange(12):02d}-{1 + rng.randrange(28):02d}"
    write(f'{{"doc":"doc{i // 8}","sentence":{i % 8},"text":"Actor {a} {verbs[r]} actor {b}.",'
          f'"source":"{a}","source_name":"Actor {a}","relation":"{r}","target":"{b}",'
          f'"target_name":"Actor {b}","speaker":null,"date":"{date}"}}\n')
