/**
 * The limits `npm run bench:ui` holds the app to (docs/performance.md). A figure over its
 * limit fails the bench (exit code non-zero) after every figure has been printed. They are
 * wall-clock figures: measure on a quiet machine.
 */
export const LIMITS = {
  /** Median of five cold first visits, navigation to a node drawn and Play enabled (ms). */
  timeToInteractiveMs: 525,
  /** Longest main-thread task while any built-in scenario plays at 10× (ms). */
  scenarioLongestTaskMs: 50,
  /** Under 4× CPU throttling, the 30-service diagram at 1× and 10×: */
  throttled: {
    medianFrameMs: 33,
    p95FrameMs: 50,
    longestTaskMs: 100,
    /** Simulated seconds per wall second at 10×, as a share of 10 (the clock keeping up). */
    keepUpShare: 0.9,
    /** From the click on a node to the inspector showing it, while playing (ms). */
    selectionMs: 150,
  },
  /** The 500-node diagram at 50×: the page samples more instead of freezing. */
  huge: { longestTaskMs: 100, p95FrameMs: 50 },
} as const;
