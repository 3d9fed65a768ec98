import { describe, expect, it } from 'vitest';
import { createNodeState } from './nodeState';
import { noteRecentFailure, recentRole } from './recentRoles';

describe('a node mark', () => {
  it('is healthy without failures', () => {
    expect(recentRole(createNodeState(0, false, true), 0)).toBe('healthy');
  });

  it('says cause when failures rooted here are at least those suffered, else victim', () => {
    const ns = createNodeState(0, false, true);
    noteRecentFailure(ns, 100, false);
    expect(recentRole(ns, 150)).toBe('victim');
    noteRecentFailure(ns, 120, true);
    expect(recentRole(ns, 150)).toBe('cause');
  });

  it('describes the last second: a failure counts for less than a second after it', () => {
    const ns = createNodeState(0, false, true);
    noteRecentFailure(ns, 4999, true);
    expect(recentRole(ns, 4999)).toBe('cause');
    expect(recentRole(ns, 5899)).toBe('cause');
    expect(recentRole(ns, 5900)).toBe('healthy');
    expect(recentRole(ns, 5999)).toBe('healthy');
  });

  it('forgets a slot from an earlier second when it is reused', () => {
    const ns = createNodeState(0, false, true);
    noteRecentFailure(ns, 1_050, true);
    noteRecentFailure(ns, 1_060, true);
    // Same slot index, one second later: the old counts go, only the new victim counts.
    noteRecentFailure(ns, 2_050, false);
    expect(recentRole(ns, 2_060)).toBe('victim');
  });

  it('counts only failures up to the time it is read at', () => {
    const ns = createNodeState(0, false, true);
    noteRecentFailure(ns, 3_000, true);
    expect(recentRole(ns, 2_500)).toBe('healthy');
  });
});
