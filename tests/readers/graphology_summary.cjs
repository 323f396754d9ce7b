// Reads a GEXF file with graphology-gexf, the parser Gephi Lite uses, and prints what it
// saw as JSON for check_gexf.py. graphology has no timeline and ignores <spells>, so the
// spells are read from the same file with @xmldom/xmldom, the DOM parser it is built on.
// Usage: node graphology_summary.cjs FILE.gexf
'use strict';
const fs = require('fs');
const Graph = require('graphology');
const gexf = require('graphology-gexf');
const {DOMParser} = require('@xmldom/xmldom');

const text = fs.readFileSync(process.argv[2], 'utf8');
const graph = gexf.parse(Graph, text);

const spells = element => {
  const list = element.getElementsByTagName('spells')[0];
  if (!list) return [];
  return Array.from(list.getElementsByTagName('spell'), s => [s.getAttribute('start'), s.getAttribute('end')]);
};
const dom = new DOMParser().parseFromString(text, 'text/xml');
const nodeSpells = {};
for (const node of Array.from(dom.getElementsByTagName('node'))) nodeSpells[node.getAttribute('id')] = spells(node);
const edgeSpells = {};
for (const edge of Array.from(dom.getElementsByTagName('edge'))) edgeSpells[edge.getAttribute('id')] = spells(edge);

const summary = {
  type: graph.type,
  multi: graph.multi,
  nodes: graph.mapNodes((id, a) => ({id, label: a.label, kind: a.kind, statements: a.statements, color: a.color, size: a.size, spells: nodeSpells[id]})),
  edges: graph.mapEdges((key, a, source, target, sa, ta, undirected) => ({
    key, source, target, undirected, kind: a.kind, relation: a.relation, weight: a.weight, spells: edgeSpells[key],
  })),
};
process.stdout.write(JSON.stringify(summary) + '\n');
