// Node shapes as in the DOT output (palette.hpp): sigma draws discs; squares come from
// @sigma/node-square, and the same program with other corner angles draws hexagons and
// diamonds. Each shape is a fan of triangles around the node's centre.
import {NodeSquareProgram} from '@sigma/node-square';
import {NodeCircleProgram} from 'sigma/rendering';

function polygonProgram(corners, turn) {
  const angle = k => turn + (2 * Math.PI * k) / corners;
  const data = [];
  for (let k = 1; k + 1 < corners; ++k) data.push([angle(0)], [angle(k)], [angle(k + 1)]);
  return class extends NodeSquareProgram {
    getDefinition() {
      return {...super.getDefinition(), VERTICES: data.length, CONSTANT_DATA: data};
    }
  };
}

export const nodePrograms = {
  circle: NodeCircleProgram,
  square: NodeSquareProgram,
  hexagon: polygonProgram(6, 0),
  diamond: polygonProgram(4, 0),
};

// DOT shape -> the program that draws something like it; the legend shows the same.
export const shapeOfKind = {
  country: 'circle',
  organization: 'square',
  'armed-group': 'hexagon',
  person: 'diamond',
  unknown: 'circle',
};
