import { describe, expect, it } from 'vitest';
import { createEdge, createNode, emptyDocument } from '../../model';
import { diagramSvg } from './diagramSvg';

describe('a load balancer in the exported picture', () => {
  it('is a box with cut corners, named by its kind and label', () => {
    const doc = emptyDocument();
    doc.nodes = [
      createNode('client', 'c', 'web', { x: 0, y: 0 }),
      createNode('balancer', 'lb', 'front door', { x: 250, y: 0 }),
      createNode('service', 's', 'api', { x: 500, y: 0 }),
    ];
    doc.edges = [createEdge('rpc', 'c-lb', 'c', 'lb'), createEdge('rpc', 'lb-s', 'lb', 's')];
    const svg = diagramSvg(doc);
    const polygons = svg.match(/<polygon points="([^"]+)"/g) ?? [];
    expect(polygons).toHaveLength(1);
    // Eight corners: each corner of the box cut off.
    expect((polygons[0] ?? '').split('"')[1].split(' ')).toHaveLength(8);
    expect(svg).toContain('>balancer</text>');
    expect(svg).toContain('>front door</text>');
  });
});
