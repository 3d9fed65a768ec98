/**
 * Rate limits of the room server. Wall-clock time is passed in, so tests drive it.
 */

/** A token bucket: `burst` messages at once, refilled at `perSecond`. */
export class TokenBucket {
  private tokens: number;
  private lastMs: number;

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
    nowMs: number,
  ) {
    this.tokens = burst;
    this.lastMs = nowMs;
  }

  /** Takes one token: false when none is left (refuse the message). */
  take(nowMs: number): boolean {
    this.tokens = Math.min(this.burst, this.tokens + ((nowMs - this.lastMs) / 1000) * this.perSecond);
    this.lastMs = nowMs;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** At most `limit` requests per key (an address) per `windowMs`: fixed windows, forgotten when over. */
export class WindowLimiter {
  private readonly counts = new Map<string, { startMs: number; n: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts one request of `key`: false when it is over the limit. */
  allow(key: string, nowMs: number): boolean {
    const entry = this.counts.get(key);
    if (!entry || nowMs - entry.startMs >= this.windowMs) {
      if (this.counts.size > 100_000) this.forgetOld(nowMs);
      this.counts.set(key, { startMs: nowMs, n: 1 });
      return true;
    }
    entry.n += 1;
    return entry.n <= this.limit;
  }

  private forgetOld(nowMs: number): void {
    for (const [key, entry] of this.counts)
      if (nowMs - entry.startMs >= this.windowMs) this.counts.delete(key);
  }
}
