/**
 * Seeds and sweeps: pure aggregation over run reports (docs/sweeps.md). Seed lists, the
 * outcomes of a run, their spread over seeds, the collapse verdict, sweep definitions and
 * variants, the result table, its tipping point, CSV and the sweep link. The Node worker
 * pool is in src/cli, the browser's with the worker code; both run tasks with `runTask`.
 */
export * from './collapse';
export * from './csv';
export * from './outcomes';
export * from './resultTable';
export * from './runSummary';
export * from './seedList';
export * from './spread';
export * from './sweepDefinition';
export * from './sweepLink';
export * from './sweepParams';
export * from './sweepPlan';
export * from './tippingPoint';
