// The path finder: a shortest path between two actors over the drawn edges of the chosen
// types (graphology-shortest-path), like `newsgraph path`; directed follows criticizes and
// urges from source to target only, ties both ways.
import Graph from 'graphology';
import {bidirectional} from 'graphology-shortest-path/unweighted';

export function findPath(graph, from, to, {directed, types, hiddenEdges}) {
  const usable = (edge, a) => types.has(a.relation) && !hiddenEdges.has(edge);
  const search = new Graph({type: directed ? 'directed' : 'undirected'});
  search.addNode(from);
  search.mergeNode(to);
  graph.forEachEdge((edge, a, source, target) => {
    if (!usable(edge, a)) return;
    search.mergeEdge(source, target);
    if (directed && a.relation === 'has-ties-with') search.mergeEdge(target, source);
  });
  const nodes = from === to ? [from] : bidirectional(search, from, to);
  if (!nodes) return null;
  // Every usable edge between consecutive actors is part of the path drawn.
  const edges = new Set();
  for (let i = 0; i + 1 < nodes.length; ++i) {
    graph.forEachEdge(nodes[i], (edge, a, source, target) => {
      if (!usable(edge, a) || (source === nodes[i] ? target : source) !== nodes[i + 1]) return;
      if (directed && a.relation !== 'has-ties-with' && source !== nodes[i]) return;
      edges.add(edge);
    });
  }
  return {nodes, edges};
}
