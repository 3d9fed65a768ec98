import { describe, expect, it } from 'vitest';
import { createNode, emptyDocument } from '../../model';
import { diagramSvg } from './diagramSvg';

describe('exported picture of a cache', () => {
  it('draws a cache as a hexagon, a shape no other kind has', () => {
    const doc = emptyDocument();
    doc.nodes = [
      createNode('service', 's', 'api', { x: 0, y: 0 }),
      createNode('cache', 'k', 'lookup', { x: 300, y: 0 }),
    ];
    const svg = diagramSvg(doc);
    expect(svg.match(/<polygon points="([^"]+)"/)?.[1].split(' ')).toHaveLength(6);
    expect(svg).toContain('>lookup</text>');
    doc.nodes = [doc.nodes[0]];
    expect(diagramSvg(doc)).not.toContain('<polygon');
  });
});
