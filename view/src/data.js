// The graph the page holds (written by export/html_writer.cpp as arrays, see there) read
// into a graphology MultiGraph, with sizes and colours for sigma.
import Graph from 'graphology';
import {curveParallelEdges} from './parallel.js';
import {shapeOfKind} from './shapes.js';

export const RELATIONS = ['has-ties-with', 'criticizes', 'urges'];
export const KINDS = ['country', 'organization', 'armed-group', 'person', 'unknown'];

export function readData() {
  return JSON.parse(document.getElementById('ng-data').textContent);
}

const maxOf = (items, value) => items.reduce((m, item) => Math.max(m, value(item)), 1);

export function buildGraph(data) {
  const graph = new Graph({multi: true, type: 'mixed', allowSelfLoops: true});
  const ids = data.nodes.map(n => n[0]);
  const maxStatements = maxOf(data.nodes, n => n[3]);
  const smallest = data.nodes.length > 2000 ? 1 : 3;  // thousands of actors would hide the edges
  for (const [id, label, kind, statements, aliases] of data.nodes) {
    graph.addNode(id, {
      label, kind, statements, aliases,
      size: smallest + 12 * Math.sqrt(statements / maxStatements),
      color: data.palette.kinds[kind] || data.palette.kinds.unknown,
      type: shapeOfKind[kind] || 'circle',
    });
  }
  const maxWeight = maxOf(data.edges, e => e[3]);
  data.edges.forEach(([s, t, relation, weight, first, last, evidence], i) => {
    const attributes = {
      relation, weight, first, last, evidence,
      size: 0.6 + 5 * Math.sqrt(weight / maxWeight),
      color: data.palette.relations[relation],
      type: relation === 'has-ties-with' ? 'line' : 'arrow',
    };
    if (relation === 'has-ties-with') graph.addUndirectedEdgeWithKey(String(i), ids[s], ids[t], attributes);
    else graph.addDirectedEdgeWithKey(String(i), ids[s], ids[t], attributes);
  });
  curveParallelEdges(graph);
  return graph;
}

// The link a document id gets: only http(s) URLs, so that a javascript: or data: URL in the
// news never becomes something a click runs.
export function safeUrl(url) {
  if (typeof url !== 'string') return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
