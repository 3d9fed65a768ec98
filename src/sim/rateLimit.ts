/**
 * Rate limits on services: a token bucket in front of the whole service, all instances
 * together (the usual meaning of an API gateway's limit: the API, not each server, accepts
 * so many calls a second). The bucket holds up to `burst` tokens and refills at `rate` per
 * second; each RPC call arriving takes one, and a call that finds less than one token fails
 * at once as "rate limited" without reaching an instance. Queue deliveries (the consumer
 * pulls them) and a client's polls are not limited.
 *
 * Deterministic and eventless: the tokens are refilled by arithmetic on the clock each time
 * a call arrives.
 */
import type { EngineContext } from './runState';

/** The tokens `node`'s bucket holds now, without taking one (for the live view). */
export function tokensNow(ctx: EngineContext, node: number): number {
  const spec = ctx.topo.nodes[node];
  const ns = ctx.s.nodes[node];
  if (ns.tokensAt < 0) return spec.burst;
  return Math.min(spec.burst, ns.tokens + (ctx.s.now - ns.tokensAt) * spec.tokensPerMs);
}

/** Takes a token from `node`'s bucket if it holds one; false when the call is over the limit. */
export function takeToken(ctx: EngineContext, node: number): boolean {
  const spec = ctx.topo.nodes[node];
  const ns = ctx.s.nodes[node];
  const now = ctx.s.now;
  // The bucket starts full: a limit must not refuse the first calls of a run.
  ns.tokens =
    ns.tokensAt < 0 ? spec.burst : Math.min(spec.burst, ns.tokens + (now - ns.tokensAt) * spec.tokensPerMs);
  ns.tokensAt = now;
  if (ns.tokens < 1) return false;
  ns.tokens -= 1;
  return true;
}
