#!/usr/bin/env python3
"""NetworkX's side of bench/graph_bench.sh: load the node-link JSON, answer one query.

Usage: nx_query.py GRAPH.json QUERY [A [B]]; QUERY is path (shortest_path on the undirected
view), k10 (nx.Graph(G), then 10 of shortest_simple_paths, which rejects multigraphs),
neighbors (A's edges both ways, grouped by relation, heaviest first) or stats (nodes by kind,
edges and weight by relation, the 10 best-connected actors, connected components of the
undirected view). Prints a one-line summary of the answer.
"""
import itertools
import json
import sys
from collections import Counter

import networkx as nx

path, query = sys.argv[1], sys.argv[2]
with open(path, encoding="utf-8") as f:
    g = nx.node_link_graph(json.load(f), edges="edges")
if query == "path":
    p = nx.shortest_path(g.to_undirected(as_view=True), sys.argv[3], sys.argv[4])
    print(len(p) - 1, " ".join(p))
elif query == "k10":
    h = nx.Graph(g)
    for p in itertools.islice(nx.shortest_simple_paths(h, sys.argv[3], sys.argv[4]), 10):
        print(len(p) - 1, " ".join(p))
elif query == "neighbors":
    a = sys.argv[3]
    groups = {}
    for _, t, d in g.out_edges(a, data=True):
        groups.setdefault(("out", d["relation"]), []).append((-d["weight"], t))
    for s, _, d in g.in_edges(a, data=True):
        groups.setdefault(("in", d["relation"]), []).append((-d["weight"], s))
    print(" ".join(f"{k[0]}-{k[1]}:{len(sorted(v))}" for k, v in sorted(groups.items())))
elif query == "stats":
    kinds = Counter(k for _, k in g.nodes(data="kind"))
    relations, weights = Counter(), Counter()
    for _, _, d in g.edges(data=True):
        relations[d["relation"]] += 1
        weights[d["relation"]] += d["weight"]
    top = sorted(g.degree(), key=lambda x: (-x[1], x[0]))[:10]
    top_weighted = sorted(g.degree(weight="weight"), key=lambda x: (-x[1], x[0]))[:10]
    components = sorted((len(c) for c in nx.connected_components(g.to_undirected(as_view=True))), reverse=True)
    print(g.number_of_nodes(), dict(kinds), dict(relations), sum(weights.values()), top[0], top_weighted[0],
          len(components), components[:5])
else:
    sys.exit(f"unknown query {query}")
