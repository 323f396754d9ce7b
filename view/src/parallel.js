// Edges between the same two actors (a tie, and criticism each way) are drawn as curves
// bending apart, so that each can be seen and clicked (@sigma/edge-curve's index, its
// curvature rule).
import {DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex} from '@sigma/edge-curve';

function curvature(index, maxIndex) {
  if (index < 0) return -curvature(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

// line -> curve, arrow -> curvedArrow for every edge that has a parallel one.
export function curveParallelEdges(graph) {
  indexParallelEdgesIndex(graph, {edgeIndexAttribute: 'parallelIndex', edgeMinIndexAttribute: 'parallelMinIndex',
                                  edgeMaxIndexAttribute: 'parallelMaxIndex'});
  graph.forEachEdge((edge, a) => {
    if (typeof a.parallelIndex !== 'number' || a.parallelIndex === 0) return;
    graph.mergeEdgeAttributes(edge, {
      type: a.type === 'arrow' ? 'curvedArrow' : 'curve',
      curvature: curvature(a.parallelIndex, a.parallelMaxIndex),
    });
  });
}
