// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of the module: its phase is page-wide state. */
const fresh = async () => {
  vi.resetModules();
  return import('./startup');
};

describe('startup', () => {
  beforeEach(() => vi.useRealTimers());

  it('holds what loads after startup until the first diagram is drawn', async () => {
    const { afterStartup, diagramDrawn } = await fresh();
    let started = false;
    const done = afterStartup().then(() => {
      started = true;
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(started).toBe(false);
    diagramDrawn();
    await done;
    expect(started).toBe(true);
  });

  it('goes on anyway when no diagram is drawn (an empty one has no nodes)', async () => {
    const { afterStartup } = await fresh();
    const t0 = performance.now();
    await afterStartup();
    expect(performance.now() - t0).toBeGreaterThanOrEqual(1400);
  });

  it('gives every caller the same moment', async () => {
    const { afterStartup } = await fresh();
    expect(afterStartup()).toBe(afterStartup());
  });
});
