// ForceAtlas2 (Gephi's layout). Small graphs are laid out before the first paint, in the
// page; above SYNC_EDGES the first paint shows the starting positions at once and a web
// worker moves the nodes for up to WORKER_MS, so the page never stalls.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';

const SYNC_EDGES = 5000;
const WORKER_MS = 20000;

// Starting positions from a fixed seed: the same file gives the same picture.
function seedPositions(graph) {
  let state = 42;
  const random = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
  graph.forEachNode(node => {
    const angle = 2 * Math.PI * random();
    const radius = Math.sqrt(random()) * 100;
    graph.mergeNodeAttributes(node, {x: radius * Math.cos(angle), y: radius * Math.sin(angle)});
  });
}

function settings(graph) {
  return {...forceAtlas2.inferSettings(graph), edgeWeightInfluence: 0.5};
}

export function layoutBeforePaint(graph) {
  seedPositions(graph);
  if (graph.size > SYNC_EDGES) return false;
  const iterations = graph.order > 500 ? 150 : 400;
  forceAtlas2.assign(graph, {iterations, settings: settings(graph)});
  return true;
}

// Returns a function that stops it; onStop(reason) is called once when it ends.
export function layoutInWorker(graph, onStop) {
  let layout;
  try {
    layout = new FA2Layout(graph, {settings: {...settings(graph), barnesHutOptimize: true}});
    layout.start();
  } catch (error) {
    onStop('the layout could not start a worker: ' + error.message);
    return () => {};
  }
  let stopped = false;
  const stop = reason => {
    if (stopped) return;
    stopped = true;
    layout.kill();
    onStop(reason);
  };
  setTimeout(() => stop('layout stopped after ' + WORKER_MS / 1000 + ' s'), WORKER_MS);
  return () => stop('layout stopped');
}
