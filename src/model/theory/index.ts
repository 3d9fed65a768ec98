/**
 * Queueing theory beside the simulated numbers (docs/theory.md): the formulas (also the
 * validation suite's oracle), whether they apply to a node, and what they predict.
 */
export * from './applicability';
export * from './predict';
export * from './queueing';
