"""Checks what a reader made of newsgraph's GEXF against the graph newsgraph wrote as JSON.

  check_gexf.py graphology GRAPH.json SUMMARY.json [--timeline]   (graphology_summary.cjs output)
  check_gexf.py networkx GRAPH.json FILE.gexf [--timeline]        (the --portable file)

Node and edge counts, each edge's relation and ends, the direction of ties, weights, and
with --timeline the spells: one per date of an edge's statements, and for each actor one
from its first statement to its last. Prints "N passed, N failed" and exits 1 on a failure.
"""
import json
import re
import sys

FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class Checks:
    def __init__(self):
        self.passed = self.failed = 0

    def check(self, ok, what):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print("FAIL:", what, file=sys.stderr)


def expected_graph(path):
    """Edges keyed by (source, relation, target), node lifetimes, from the JSON graph."""
    with open(path, encoding="utf-8") as f:
        graph = json.load(f)
    edges = {}
    life = {}
    for e in graph["edges"]:
        # timeformat="date" takes full dates only: a partial one ("2021-08") gets no spell.
        dates = sorted((d, n) for d, n in e.get("dates", {}).items() if FULL_DATE.fullmatch(d))
        edges[(e["source"], e["relation"], e["target"])] = {
            "directed": e["directed"],
            "weight": float(e["weight"]),
            "dates": dates,
        }
        for end in (e["source"], e["target"]):
            if dates:
                first, last = life.get(end, (dates[0][0], dates[-1][0]))
                life[end] = (min(first, dates[0][0]), max(last, dates[-1][0]))
    return graph, edges, life


def check_common(c, graph, edges, life, nodes, found, timeline):
    """nodes: {id: spells}; found: [(source, relation, target, undirected, weight, spells)]."""
    c.check(len(nodes) == len(graph["nodes"]), f"{len(nodes)} nodes, expected {len(graph['nodes'])}")
    c.check(len(found) == len(edges), f"{len(found)} edges, expected {len(edges)}")
    for source, relation, target, undirected, weight, spells, last_weight in found:
        key = (source, relation, target)
        want = edges.get(key)
        c.check(want is not None, f"unexpected edge {key}")
        if want is None:
            continue
        c.check(undirected == (not want["directed"]), f"{key}: undirected={undirected}")
        expected_weight = want["weight"]
        if timeline and last_weight and want["dates"]:
            # A reader without a timeline keeps the last dated value of the dynamic weight.
            expected_weight = float(want["dates"][-1][1])
        c.check(weight == expected_weight, f"{key}: weight {weight}, expected {expected_weight}")
        want_spells = [(d, d) for d, _ in want["dates"]] if timeline else []
        c.check(spells == want_spells, f"{key}: spells {spells}, expected {want_spells}")
    for node, spells in nodes.items():
        want = [life[node]] if timeline and node in life else []
        c.check(spells == want, f"node {node}: spells {spells}, expected {want}")


def from_graphology(c, summary_path, timeline):
    with open(summary_path, encoding="utf-8") as f:
        s = json.load(f)
    kinds = {e["undirected"] for e in s["edges"]}
    if len(kinds) == 2:
        c.check(s["type"] == "mixed", f"graphology made a {s['type']} graph of ties and directed edges")
    for n in s["nodes"]:
        c.check(n["color"].startswith("rgb(") and n["size"] > 0, f"node {n['id']}: no viz colour or size")
    nodes = {n["id"]: [tuple(x) for x in n["spells"]] for n in s["nodes"]}
    found = []
    for e in s["edges"]:
        c.check(e["kind"] == e["relation"], f"edge {e['key']}: kind {e['kind']} != relation {e['relation']}")
        source, target = e["source"], e["target"]
        if e["undirected"] and target < source:
            source, target = target, source  # graphology may hand an undirected edge either way
        found.append((source, e["relation"], target, e["undirected"], e["weight"],
                      [tuple(x) for x in e["spells"]], True))
    return nodes, found


def from_networkx(c, gexf_path, timeline):
    import networkx as nx

    g = nx.read_gexf(gexf_path)
    # A MultiDiGraph, or a DiGraph when no pair has two relations.
    c.check(g.is_directed(), "NetworkX graph is not directed")
    nodes = {n: [tuple(x) for x in d.get("spells", [])] for n, d in g.nodes(data=True)}
    found = []
    for source, target, d in g.edges(data=True):
        relation = d["relation"]
        if relation == "has-ties-with":
            c.check(source < target, f"portable tie {source}-{target} not in id order")
        found.append((source, relation, target, relation == "has-ties-with", d["weight"],
                      [tuple(x) for x in d.get("spells", [])], False))
    return nodes, found


def main(argv):
    reader, graph_path, read_path = argv[1:4]
    timeline = "--timeline" in argv[4:]
    c = Checks()
    graph, edges, life = expected_graph(graph_path)
    if reader == "graphology":
        nodes, found = from_graphology(c, read_path, timeline)
    else:
        nodes, found = from_networkx(c, read_path, timeline)
    # The person level's represents links are edges of the file too, without dates.
    represents = [f for f in found if f[1] == "represents"]
    found = [f for f in found if f[1] != "represents"]
    n_represents = sum(1 for e in graph["edges"] if e["relation"] == "represents")
    c.check(len(represents) == n_represents, f"{len(represents)} represents links, expected {n_represents}")
    edges = {k: v for k, v in edges.items() if k[1] != "represents"}
    check_common(c, graph, edges, life, nodes, found, timeline)
    print(f"{reader}: {c.passed} passed, {c.failed} failed")
    return 1 if c.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
