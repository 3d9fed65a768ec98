import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS } from '../../scenarios';
import { scenarioDocument } from './GalleryDialog';
import { isUntouchedBuiltIn } from './untouched';

describe('the gallery', () => {
  it('lists at least twelve scenarios, each a valid document with a title and what to watch', () => {
    expect(BUILT_IN_SCENARIOS.length).toBeGreaterThanOrEqual(12);
    for (const s of BUILT_IN_SCENARIOS) {
      expect(scenarioDocument(s), s.id).not.toBeNull();
      expect(s.title.length).toBeGreaterThan(0);
      expect(s.whatToWatch.length).toBeGreaterThan(20);
    }
  });

  it('replaces an untouched built-in scenario without asking, but asks once it was edited', () => {
    const doc = scenarioDocument(BUILT_IN_SCENARIOS[0])!;
    expect(isUntouchedBuiltIn(doc)).toBe(true);
    expect(isUntouchedBuiltIn({ ...doc, viewport: { x: 10, y: 20, zoom: 1.5 } })).toBe(true);
    expect(isUntouchedBuiltIn({ ...doc, title: 'My own' })).toBe(false);
  });
});
