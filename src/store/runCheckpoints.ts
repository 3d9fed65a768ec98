import type { SimCheckpoint } from '../sim/api';

/**
 * Checkpoints of one run at regular simulated times, so scrubbing back restores the nearest
 * one and replays forward. The spacing doubles when there are too many, so a day-long run
 * keeps a bounded number (memory must not grow with run length beyond a fixed budget).
 */
export class RunCheckpoints {
  private list: { tMs: number; checkpoint: SimCheckpoint }[] = [];
  private spacing: number;

  constructor(
    spacingMs = 1000,
    private readonly max = 96,
  ) {
    this.spacing = spacingMs;
  }

  /** Simulated time between two checkpoints. */
  get spacingMs(): number {
    return this.spacing;
  }

  get count(): number {
    return this.list.length;
  }

  /** The latest checkpoint time, or -1 when there is none. */
  get lastMs(): number {
    return this.list.length ? this.list[this.list.length - 1].tMs : -1;
  }

  /** The next time a checkpoint is due, after `tMs`. */
  nextDueAfter(tMs: number): number {
    return (Math.floor(tMs / this.spacing) + 1) * this.spacing;
  }

  /** Whether a checkpoint belongs at `tMs` and is not stored yet. */
  isDue(tMs: number): boolean {
    return tMs > this.lastMs && tMs % this.spacing === 0;
  }

  add(tMs: number, checkpoint: SimCheckpoint): void {
    this.list.push({ tMs, checkpoint });
    if (this.list.length > this.max) {
      // Keep every other one: the times kept are exactly the multiples of the doubled spacing.
      this.spacing *= 2;
      this.list = this.list.filter((c) => c.tMs % this.spacing === 0);
    }
  }

  /** The latest checkpoint at or before `tMs`. */
  atOrBefore(tMs: number): { tMs: number; checkpoint: SimCheckpoint } | undefined {
    let found: { tMs: number; checkpoint: SimCheckpoint } | undefined;
    for (const c of this.list) {
      if (c.tMs > tMs) break;
      found = c;
    }
    return found;
  }

  /** Forgets every checkpoint after `tMs` (the future changed). */
  dropAfter(tMs: number): void {
    this.list = this.list.filter((c) => c.tMs <= tMs);
  }

  clear(): void {
    this.list = [];
  }
}
