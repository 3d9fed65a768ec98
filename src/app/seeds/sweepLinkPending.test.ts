import { describe, expect, it } from 'vitest';
import { diagramPartOf, dismissSweepLink, sweepLinkWaiting, waitingSweepLink } from './sweepLinkPending';

describe('a sweep link opened as a page', () => {
  it('passes the diagram part on and keeps the sweep for the panel until dismissed', () => {
    const hash = '#d=2.abc-_DEF&seeds=1..20&sweep=edges.a.timeoutMs%3D100..500%3A5';
    expect(diagramPartOf(hash)).toBe('#d=2.abc-_DEF');
    expect(sweepLinkWaiting()).toBe(true);
    // Every mount of the panel finds it.
    expect(waitingSweepLink()).toBe(hash);
    expect(waitingSweepLink()).toBe(hash);
    dismissSweepLink();
    expect(waitingSweepLink()).toBeNull();
    expect(sweepLinkWaiting()).toBe(false);
  });

  it('leaves every other fragment alone', () => {
    for (const hash of ['#d=2.abc', '#top', '', '#d=2.abc&other=1']) expect(diagramPartOf(hash)).toBe(hash);
    expect(waitingSweepLink()).toBeNull();
  });
});
