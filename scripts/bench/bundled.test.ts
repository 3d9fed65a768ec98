import { describe, expect, it } from 'vitest';
import { bundledEngineRate } from './bundled';
import { engineRate, parsed } from './measure';
import { singleService } from './singleService';

describe('the bundled engine bench', () => {
  it('runs the same engine as the module-by-module one: the same events for the same diagram', () => {
    const bundled = bundledEngineRate(5);
    const modules = engineRate(parsed(singleService(5)));
    expect(bundled.status).toBe('finished');
    expect(bundled.events).toBeGreaterThan(15_000);
    expect(bundled.events).toBe(modules.events);
    expect(bundled.eventsPerS).toBeGreaterThan(0);
  }, 60_000);
});
