import type { SimCheckpoint } from '../sim/api';
import { checkpointBytes } from './checkpointSize';

/**
 * Checkpoints of one run at regular simulated times, so scrubbing back restores the nearest
 * one and replays forward. The spacing doubles when there are too many, or when together
 * they hold more than `maxBytes` (checkpointSize.ts estimates), so a day-long run of the
 * largest diagram keeps a bounded number and a bounded memory. The first checkpoint (t = 0)
 * is always kept.
 */
export class RunCheckpoints {
  private list: { tMs: number; checkpoint: SimCheckpoint; bytes: number }[] = [];
  private spacing: number;

  constructor(
    spacingMs = 1000,
    private readonly max = 96,
    private readonly maxBytes = Number.POSITIVE_INFINITY,
  ) {
    this.spacing = spacingMs;
  }

  /** Estimated bytes held by the checkpoints kept. */
  get bytes(): number {
    let sum = 0;
    for (const c of this.list) sum += c.bytes;
    return sum;
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
    const bytes = Number.isFinite(this.maxBytes) ? checkpointBytes(checkpoint) : 0;
    this.list.push({ tMs, checkpoint, bytes });
    while (this.list.length > this.max || (this.list.length > 2 && this.bytes > this.maxBytes)) {
      // Keep every other one: the times kept are exactly the multiples of the doubled spacing
      // (t = 0 always is).
      this.spacing *= 2;
      this.list = this.list.filter((c) => c.tMs % this.spacing === 0);
    }
  }

  /**
   * Widens the spacing to what it will have once a run of `endMs` is done (the smallest
   * doubling that fits all its checkpoints in `max`), keeping only the multiples of it. A run
   * to the end then stores only the checkpoints it would keep anyway, instead of taking
   * one every second and dropping most of them as it goes (each costs a copy of the state).
   */
  coarsenFor(endMs: number): void {
    let spacing = this.spacing;
    while (Math.floor(endMs / spacing) + 1 > this.max) spacing *= 2;
    if (spacing === this.spacing) return;
    this.spacing = spacing;
    this.list = this.list.filter((c) => c.tMs % spacing === 0);
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
