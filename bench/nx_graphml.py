#!/usr/bin/env python3
"""NetworkX's side of bench/export_bench.sh: node-link JSON in, GraphML out.

Usage: nx_graphml.py GRAPH.json OUT.graphml. Prints the load and write times to stderr.
"""
import json
import sys
import time

import networkx as nx
from networkx.readwrite import json_graph

start = time.perf_counter()
with open(sys.argv[1], encoding="utf-8") as f:
    data = json.load(f)
version = tuple(int(x) for x in nx.__version__.split(".")[:2])
# 3.4+ name the edge list with edges= (3.6 reads "edges" by default); 2.8-3.3 with link=.
if version >= (3, 4):
    g = json_graph.node_link_graph(data, edges="edges")
else:
    g = json_graph.node_link_graph(data, link="edges")
del data
loaded = time.perf_counter()
# GraphML has no list or map type: evidence (and the per-date counts, which newsgraph's
# GraphML leaves out) go as JSON strings.
for _, _, attrs in g.edges(data=True):
    attrs["evidence"] = json.dumps(attrs["evidence"], ensure_ascii=False)
    attrs["dates"] = json.dumps(attrs.get("dates", {}))
    for k in ("first_date", "last_date"):
        if attrs.get(k) is None:
            attrs.pop(k, None)
for _, attrs in g.nodes(data=True):
    attrs["speakers"] = json.dumps(attrs.get("speakers", []), ensure_ascii=False)
converted = time.perf_counter()
nx.write_graphml(g, sys.argv[2])
written = time.perf_counter()
print(f"networkx {nx.__version__}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges; "
      f"load {loaded - start:.2f} s, lists to JSON strings {converted - loaded:.2f} s, "
      f"write_graphml {written - converted:.2f} s", file=sys.stderr)
