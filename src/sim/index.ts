/**
 * The simulation engine: pure TypeScript, deterministic, checkpointable (docs/engine.md,
 * docs/architecture.md). Other parts use only what is exported here, with the types of
 * api.ts and report.ts.
 */
export * from './api';
export { detExp, detLog } from './detMath';
export * from './report';
export { createSimulation, DEFAULT_LIMITS, simulate } from './simulation';
