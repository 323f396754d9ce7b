// The page newsgraph writes (-o graph.html): the graph drawn with sigma.js, search, filters,
// a path finder, and each actor's relations and each edge's evidence in the side panel.
// window.newsgraphView is what the browser tests (tests/e2e/html_test.cjs) look at.
import EdgeCurveProgram, {EdgeCurvedArrowProgram} from '@sigma/edge-curve';
import Sigma from 'sigma';
import {EdgeArrowProgram, EdgeRectangleProgram} from 'sigma/rendering';
import {buildGraph, readData} from './data.js';
import {$, el, formatNumber} from './dom.js';
import {createFilters} from './filters.js';
import {layoutBeforePaint, layoutInWorker} from './layout.js';
import {showActor, showEdge, showHelp} from './panel.js';
import {findPath} from './path.js';
import {createResolver} from './search.js';
import {nodePrograms, shapeOfKind} from './shapes.js';

const edgePrograms = {line: EdgeRectangleProgram, arrow: EdgeArrowProgram, curve: EdgeCurveProgram,
                      curvedArrow: EdgeCurvedArrowProgram};
const FADED_NODE = '#e2e2e2';
const FADED_EDGE = '#efefef';

function header(data, graph) {
  $('title').textContent = data.title ? 'newsgraph: ' + data.title : 'newsgraph';
  $('command').textContent = data.command;
  const edges = data.edges.filter(e => e[2] !== 'represents').length;
  if (edges < data.edges_total) {
    const banner = $('cap');
    banner.hidden = false;
    banner.textContent = 'This page draws the ' + formatNumber(edges) + ' heaviest of ' +
      formatNumber(data.edges_total) + ' edges: ' + formatNumber(data.edges_total - edges) + ' edges and ' +
      formatNumber(data.actors_total - graph.order) + ' actors are left out (newsgraph build --html-max-edges N ' +
      'draws more; this one was made with at most ' + formatNumber(data.max_edges) + ').';
  }
}

function main() {
  const timings = {start: performance.now()};
  const data = readData();
  const graph = buildGraph(data);
  timings.read = performance.now();
  const laidOut = layoutBeforePaint(graph);
  timings.layout = performance.now();
  header(data, graph);

  let renderer = null;
  let focus = null;  // {nodes: Set, edges: Set}: what stays in colour
  const view = (window.newsgraphView = {graph, firstPaintMs: null, timings});

  const visibleEdges = node => graph.edges(node).filter(edge => !filters.hidden.edges.has(edge));
  const countDrawn = hidden => {
    const nodes = graph.order - hidden.nodes.size;
    let edges = 0;
    graph.forEachEdge((edge, a) => { if (a.relation !== 'represents' && !hidden.edges.has(edge)) ++edges; });
    const counts = $('counts');
    counts.dataset.nodes = String(nodes);
    counts.dataset.edges = String(edges);
    counts.textContent = formatNumber(nodes) + ' of ' + formatNumber(data.actors_total) + ' actors, ' +
      formatNumber(edges) + ' of ' + formatNumber(data.edges_total) + ' edges drawn';
  };
  const filters = createFilters(graph, data, shapeOfKind, hidden => {
    countDrawn(hidden);
    if (renderer) renderer.refresh({skipIndexation: true});
  });

  function selectNode(node, moveCamera) {
    const edges = new Set(visibleEdges(node));
    const nodes = new Set([node]);
    for (const edge of edges) nodes.add(graph.opposite(node, edge));
    focus = {nodes, edges, selected: node};
    showActor(graph, node, visibleEdges, selectEdge);
    renderer.refresh({skipIndexation: true});
    if (moveCamera) {
      const at = renderer.getNodeDisplayData(node);
      renderer.getCamera().animate({x: at.x, y: at.y, ratio: Math.min(renderer.getCamera().ratio, 0.5)}, {duration: 400});
    }
  }
  function selectEdge(edge) {
    focus = {nodes: new Set(graph.extremities(edge)), edges: new Set([edge]), selected: edge};
    showEdge(graph, edge, data.urls);
    renderer.refresh({skipIndexation: true});
  }
  function clearFocus() {
    focus = null;
    showHelp();
    renderer.refresh({skipIndexation: true});
  }
  view.selected = () => focus && focus.selected;

  renderer = new Sigma(graph, $('graph'), {
    // Only the programs the graph needs: each costs shader compiling before the first paint.
    nodeProgramClasses: Object.fromEntries(Object.entries(nodePrograms).filter(([shape]) => graph.someNode((n, a) => a.type === shape))),
    edgeProgramClasses: Object.fromEntries(Object.entries(edgePrograms).filter(([type]) => graph.someEdge((e, a) => a.type === type))),
    enableEdgeEvents: true,
    zIndex: true,
    labelRenderedSizeThreshold: graph.order > 2000 ? 14 : 4,
    nodeReducer: (node, d) => {
      if (filters.hidden.nodes.has(node)) return {...d, hidden: true};
      if (!focus) return d;
      return focus.nodes.has(node) ? {...d, highlighted: node === focus.selected, zIndex: 1, forceLabel: true}
                                   : {...d, color: FADED_NODE, label: '', zIndex: 0};
    },
    edgeReducer: (edge, d) => {
      if (filters.hidden.edges.has(edge)) return {...d, hidden: true};
      if (!focus) return d;
      return focus.edges.has(edge) ? {...d, zIndex: 1} : {...d, color: FADED_EDGE, zIndex: 0};
    },
  });
  view.renderer = renderer;
  timings.sigma = performance.now();
  // Where a node or the middle of an edge is on the screen, in CSS pixels of the page.
  view.screenPosition = (node) => {
    const box = $('graph').getBoundingClientRect();
    const p = renderer.framedGraphToViewport(renderer.getNodeDisplayData(node));
    return {x: box.left + p.x, y: box.top + p.y};
  };
  renderer.on('clickNode', ({node}) => selectNode(node, false));
  renderer.on('clickEdge', ({edge}) => selectEdge(edge));
  renderer.on('clickStage', clearFocus);
  showHelp();

  const resolve = createResolver(graph);
  if (graph.order <= 5000) {
    $('actor-names').replaceChildren(...graph.mapNodes((node, a) => el('option', {value: a.label})));
  }
  $('search-form').addEventListener('submit', event => {
    event.preventDefault();
    const text = $('search').value;
    const node = resolve(text);
    $('search-result').textContent = node ? '' : 'no actor named "' + text + '"';
    if (node) selectNode(node, true);
  });

  $('path-form').addEventListener('submit', event => {
    event.preventDefault();
    const result = $('path-result');
    const from = resolve($('path-from').value), to = resolve($('path-to').value);
    if (!from || !to) {
      result.dataset.path = '';
      result.textContent = 'no actor named "' + (from ? $('path-to').value : $('path-from').value) + '"';
      return;
    }
    const types = new Set([...document.querySelectorAll('input[name=path-type]:checked')].map(i => i.value));
    const path = findPath(graph, from, to, {directed: $('path-directed').checked, types, hiddenEdges: filters.hidden.edges});
    if (!path) {
      result.dataset.path = '';
      result.textContent = 'no path from ' + from + ' to ' + to + ' over the edges drawn';
      focus = null;
    } else {
      result.dataset.path = path.nodes.join(' ');
      result.textContent = path.nodes.map(n => graph.getNodeAttribute(n, 'label') + ' (' + n + ')').join(' → ');
      focus = {nodes: new Set(path.nodes), edges: path.edges, selected: null};
    }
    renderer.refresh({skipIndexation: true});
  });

  requestAnimationFrame(() => {
    view.firstPaintMs = performance.now();
    if (laidOut) return;
    const status = $('layout-status');
    status.hidden = false;
    status.textContent = 'laying out (ForceAtlas2 in a worker)… ';
    const stop = layoutInWorker(graph, reason => { status.textContent = reason; });
    status.append(el('button', {type: 'button', onclick: () => stop()}, 'stop'));
  });
}

try {
  main();
} catch (error) {
  $('panel').textContent = 'The view could not start: ' + error.message;
  console.error(error);
}
