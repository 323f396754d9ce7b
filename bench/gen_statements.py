#!/usr/bin/env python3
"""Writes a synthetic statements JSONL file (the lines `newsgraph statements` prints).

Usage: gen_statements.py ACTORS STATEMENTS [SEED] > stmts.jsonl

Deterministic for a given seed. Actors are drawn with a heavy tail (a few hubs, many rare
actors), so most pairs appear once and some many times, as in news. Actor ids are not in
the dictionary, so they become actors of kind `unknown`; a few ids are real countries.
"""
import json
import random
import sys

RELATIONS = ["has-ties-with", "criticizes", "urges"]
COUNTRIES = [("RUS", "Russia"), ("USA", "United States"), ("CHN", "China"), ("QAT", "Qatar"),
             ("DEU", "Germany"), ("FRA", "France"), ("GBR", "United Kingdom"), ("IRN", "Iran")]
VERBS = {"has-ties-with": "has ties with", "criticizes": "criticized", "urges": "urged"}


def main() -> None:
    actors = int(sys.argv[1])
    statements = int(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    names = [(f"ACTOR{i:05d}", f"Actor {i}") for i in range(len(COUNTRIES), actors)]
    names = COUNTRIES + names
    # Heavy tail: index = actors * u^3 favours small indices.
    pick = lambda: names[min(actors - 1, int(actors * rng.random() ** 3))]
    out = sys.stdout
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    for n in range(statements):
        (sid, sname), (tid, tname) = pick(), pick()
        while tid == sid:
            tid, tname = pick()
        relation = RELATIONS[rng.randrange(3)]
        year, month, day = rng.randrange(1990, 2021), rng.randrange(1, 13), rng.randrange(1, 29)
        speaker = f"Speaker {rng.randrange(1000)}" if rng.random() < 0.3 else None
        line = {"doc": f"doc{n // 20:06d}", "sentence": n % 20,
                "text": f"{sname} {VERBS[relation]} {tname}, officials said on Monday.",
                "source": sid, "source_name": sname, "relation": relation,
                "target": tid, "target_name": tname, "speaker": speaker,
                "date": f"{year:04d}-{month:02d}-{day:02d}"}
        out.write(dumps(line))
        out.write("\n")


if __name__ == "__main__":
    main()
