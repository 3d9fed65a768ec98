import { describe, expect, it } from 'vitest';
import { createNode } from '../model';
import { NODE_WIDTH } from '../store/edits';
import { freeSpotNear, NODE_HEIGHT } from './placement';

describe('freeSpotNear', () => {
  it('centres a new node on an empty spot', () => {
    expect(freeSpotNear([], { x: 100, y: 100 })).toEqual({
      x: 100 - NODE_WIDTH / 2,
      y: 100 - NODE_HEIGHT / 2,
    });
  });

  it('never places a node over another', () => {
    const nodes = [createNode('service', 'a', 'a', { x: 8, y: 68 })];
    for (let i = 0; i < 5; i++) {
      const p = freeSpotNear(nodes, { x: 100, y: 100 });
      for (const n of nodes) {
        const apart =
          Math.abs(n.position.x - p.x) >= NODE_WIDTH || Math.abs(n.position.y - p.y) >= NODE_HEIGHT;
        expect(apart).toBe(true);
      }
      nodes.push(createNode('service', `n${i}`, '', p));
    }
  });
});
