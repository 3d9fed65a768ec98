/**
 * Bounds on every collection and value in a document. They keep hostile or accidental
 * input from exhausting memory or freezing the canvas (docs/document-format.md, "Rules for
 * every field").
 */
export const LIMITS = {
  nodes: 500,
  edges: 2000,
  faults: 500,
  trafficChanges: 500,
  lessonSteps: 100,
  idLength: 64,
  labelLength: 80,
  titleLength: 120,
  textLength: 2000,
  /** Canvas coordinates: far beyond any real diagram, far below where floats misbehave. */
  coordinate: 1_000_000,
  /** Requests per second for one client. */
  rate: 1_000_000,
  instances: 100,
  workers: 10_000,
  backlog: 1_000_000,
  queueCapacity: 10_000_000,
  deliveryAttempts: 100,
  /** Milliseconds: service times, latencies, timeouts. One hour. */
  durationMs: 3_600_000,
  /** Seconds of simulated time for one run: a day, enough for 10⁶-request validation runs. */
  runSeconds: 86_400,
  retryAttempts: 100,
  factor: 1000,
  seed: 0xffff_ffff,
} as const;
