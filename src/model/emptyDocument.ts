import { SCENARIO_PARAMS } from './params/scenarioParams';
import type { FaultlineDocument } from './schema';

/** The version of the document schema this build writes (schema.ts re-exports it). */
export const DOCUMENT_VERSION = 3;

/**
 * An empty document: no nodes, no edges, every other field at its default (the scenario's
 * from its declarations, params/), in the schema's key order. Written out rather than parsed so that it needs no zod (safe mode and "New"
 * use it on a first visit, whose JavaScript has a budget: docs/performance.md);
 * emptyDocument.test.ts checks it is exactly what the schema gives.
 */
export function emptyDocument(): FaultlineDocument {
  return {
    version: DOCUMENT_VERSION,
    title: 'Untitled diagram',
    description: '',
    nodes: [],
    edges: [],
    scenario: {
      durationS: SCENARIO_PARAMS.durationS.default,
      seed: SCENARIO_PARAMS.seed.default,
      faults: [],
      traffic: [],
    },
    lesson: [],
  };
}
