/**
 * How long a failure stays on the canvas, in simulated ms: the engine's frame carries the
 * failures of this last stretch (frame.ts) and the overlay fades each over it (drawOverlay.ts).
 */
export const FLASH_MS = 500;
