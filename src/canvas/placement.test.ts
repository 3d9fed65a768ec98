import { describe, expect, it } from 'vitest';
import { createNode } from '../model';
import { NODE_WIDTH } from '../store/edits';
import { freeSpotNear, NODE_HEIGHT, spotBeside } from './placement';

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

describe('spotBeside', () => {
  const apart = (a: { x: number; y: number }, b: { x: number; y: number }) =>
    Math.abs(a.x - b.x) >= NODE_WIDTH + 24 || Math.abs(a.y - b.y) >= 104;

  it('puts the new node to the right of the selected one, on its line', () => {
    const anchor = createNode('service', 'a', 'a', { x: 100, y: 40 });
    const p = spotBeside([anchor], anchor);
    expect(p.y).toBe(40);
    expect(p.x).toBeGreaterThanOrEqual(100 + NODE_WIDTH + 24);
  });

  it('goes to the left, then further along, when the right is taken; never over a node', () => {
    const anchor = createNode('service', 'a', 'a', { x: 0, y: 0 });
    const nodes = [anchor, createNode('service', 'b', 'b', { x: 300, y: 0 })];
    const left = spotBeside(nodes, anchor);
    expect(left).toEqual({ x: -(NODE_WIDTH + 96), y: 0 });
    for (let i = 0; i < 6; i++) {
      const p = spotBeside(nodes, anchor);
      for (const n of nodes) expect(apart(n.position, p)).toBe(true);
      nodes.push(createNode('service', `n${i}`, '', p));
    }
  });
});
