// What is drawn: relation types, actor kinds, a minimum weight and a date range. The
// controls double as the legend (colour, shape, arrow). hidden.nodes / hidden.edges are
// recomputed on each change and read by sigma's reducers.
import {el, $} from './dom.js';
import {KINDS, RELATIONS} from './data.js';

const SHAPE_SYMBOL = {circle: '●', square: '■', hexagon: '⬢', diamond: '◆'};

export function createFilters(graph, data, shapeOfKind, onChange) {
  const state = {relations: new Set([...RELATIONS, 'represents']), kinds: new Set(KINDS), minWeight: 0,
                 from: null, to: null};
  const hidden = {nodes: new Set(), edges: new Set()};

  const present = {relations: new Set(), kinds: new Set()};
  graph.forEachEdge((e, a) => present.relations.add(a.relation));
  graph.forEachNode((n, a) => present.kinds.add(a.kind));

  const checkbox = (set, value, label, swatch) =>
    el('label', {class: 'check'},
       el('input', {type: 'checkbox', checked: '', 'data-filter': value,
                    onchange: event => { event.target.checked ? set.add(value) : set.delete(value); update(); }}),
       swatch, ' ', label);
  const relationBox = $('filter-relations');
  for (const relation of [...RELATIONS, 'represents']) {
    if (!present.relations.has(relation)) continue;
    const arrow = relation === 'has-ties-with' ? '━━' : '━▶';
    relationBox.append(checkbox(state.relations, relation, relation,
                                el('span', {class: 'swatch', style: 'color:' + data.palette.relations[relation]}, arrow)));
  }
  const kindBox = $('filter-kinds');
  for (const kind of KINDS) {
    if (!present.kinds.has(kind)) continue;
    kindBox.append(checkbox(state.kinds, kind, kind,
                            el('span', {class: 'swatch', style: 'color:' + data.palette.kinds[kind]},
                               SHAPE_SYMBOL[shapeOfKind[kind]])));
  }

  let maxWeight = 1;
  graph.forEachEdge((e, a) => { maxWeight = Math.max(maxWeight, a.weight); });
  const weight = $('filter-weight');
  weight.max = String(maxWeight);
  weight.addEventListener('input', () => {
    state.minWeight = Number(weight.value);
    $('filter-weight-value').textContent = weight.value;
    update();
  });

  // Dates: a two-handled range over the dates the edges start and end on.
  const dateSet = new Set();
  graph.forEachEdge((e, a) => { if (a.first) dateSet.add(a.first); if (a.last) dateSet.add(a.last); });
  const dates = [...dateSet].sort();
  if (dates.length > 1) {
    $('filter-dates').hidden = false;
    const from = $('filter-date-from'), to = $('filter-date-to');
    for (const input of [from, to]) input.max = String(dates.length - 1);
    to.value = String(dates.length - 1);
    const show = () => {
      let a = Number(from.value), b = Number(to.value);
      if (a > b) [a, b] = [b, a];
      $('filter-date-value').textContent = dates[a] + ' – ' + dates[b];
      const full = a === 0 && b === dates.length - 1;
      state.from = full ? null : dates[a];
      state.to = full ? null : dates[b];
    };
    show();
    for (const input of [from, to]) input.addEventListener('input', () => { show(); update(); });
  }

  // A partial date ("1987-03") sorts before its days; an edge is kept when its span meets the range.
  const inDates = a => state.from === null ||
      (a.first !== null && a.last !== null && a.last >= state.from && a.first <= state.to + '\uffff');

  function update() {
    hidden.nodes.clear();
    hidden.edges.clear();
    graph.forEachNode((node, a) => { if (!state.kinds.has(a.kind)) hidden.nodes.add(node); });
    graph.forEachEdge((edge, a, source, target) => {
      if (!state.relations.has(a.relation) || a.weight < state.minWeight || !inDates(a) ||
          hidden.nodes.has(source) || hidden.nodes.has(target)) hidden.edges.add(edge);
    });
    onChange(hidden);
  }
  update();
  return {state, hidden, update};
}
