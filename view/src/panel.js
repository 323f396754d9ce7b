// The side panel: an actor's relations in the five groups of `newsgraph neighbors`, or an
// edge's evidence (sentence, document, date, speaker).
import {el, $, formatNumber} from './dom.js';
import {safeUrl} from './data.js';

const GROUPS = [
  ['ties', 'has ties with'],
  ['criticized_by', 'criticized by'],
  ['urged_by', 'urged by'],
  ['criticizes', 'criticizes'],
  ['urges', 'urges'],
];

function groupOf(relation, outgoing) {
  if (relation === 'has-ties-with') return 'ties';
  if (relation === 'criticizes') return outgoing ? 'criticizes' : 'criticized_by';
  if (relation === 'urges') return outgoing ? 'urges' : 'urged_by';
  return null;  // represents
}

const actorName = (graph, node) => graph.getNodeAttribute(node, 'label') + ' (' + node + ')';

export function showActor(graph, node, visibleEdges, selectEdge) {
  const a = graph.getNodeAttributes(node);
  const groups = Object.fromEntries(GROUPS.map(([key]) => [key, []]));
  for (const edge of visibleEdges(node)) {
    const attributes = graph.getEdgeAttributes(edge);
    const source = graph.source(edge);
    const outgoing = source === node;
    const group = groupOf(attributes.relation, outgoing);
    if (group) groups[group].push({edge, other: graph.opposite(node, edge), weight: attributes.weight});
  }
  const panel = $('panel');
  panel.replaceChildren(
    el('h2', {'data-actor': node}, actorName(graph, node)),
    el('p', {class: 'meta'}, a.kind + ', ' + formatNumber(a.statements) + ' statements'));
  for (const [key, title] of GROUPS) {
    const members = groups[key].sort((x, y) => y.weight - x.weight || (x.other < y.other ? -1 : x.other > y.other ? 1 : 0));
    panel.append(el('h3', {}, title + ' (' + members.length + ')'));
    if (members.length === 0) continue;
    panel.append(el('ul', {class: 'group', 'data-group': key}, ...members.map(m =>
      el('li', {}, el('a', {href: '#', onclick: event => { event.preventDefault(); selectEdge(m.edge); }},
                      actorName(graph, m.other)), ' ', String(m.weight)))));
  }
}

export function showEdge(graph, edge, urls) {
  const a = graph.getEdgeAttributes(edge);
  const arrow = a.relation === 'has-ties-with' ? ' — has ties with — ' : ' — ' + a.relation + ' → ';
  const panel = $('panel');
  const dates = a.first ? (a.first === a.last ? a.first : a.first + ' to ' + a.last) : 'undated';
  panel.replaceChildren(
    el('h2', {'data-edge': edge}, actorName(graph, graph.source(edge)) + arrow + actorName(graph, graph.target(edge))),
    el('p', {class: 'meta'}, formatNumber(a.weight) + ' statements, ' + dates));
  if (a.relation === 'represents') return;
  const shown = a.evidence.length;
  panel.append(el('h3', {}, 'Evidence' + (shown < a.weight ? ' (' + shown + ' of ' + formatNumber(a.weight) + ', --max-evidence)' : '')));
  panel.append(el('ol', {class: 'evidence'}, ...a.evidence.map(([doc, sentence, text, speaker, date]) => {
    const url = safeUrl(urls[doc]);
    const docElement = url ? el('a', {href: url, target: '_blank', rel: 'noopener noreferrer'}, doc) : el('span', {}, doc);
    return el('li', {},
      el('blockquote', {}, text),
      el('div', {class: 'meta'}, docElement, ', ', sentence < 0 ? 'title' : 'sentence ' + sentence,
         date ? ', ' + date : '', speaker ? ', said by ' + speaker : ''));
  })));
}

export function showHelp() {
  $('panel').replaceChildren(el('p', {class: 'meta'},
    'Click an actor to see its relations, or an edge to read the sentences behind it.'));
}
