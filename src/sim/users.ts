/**
 * Closed-loop clients: a number of users, each with at most one request in flight. A user
 * sends, waits for the outcome (a reply, a failure or a timeout), thinks for a time drawn
 * from the client's think-time distribution, and sends again; so a slow system slows its
 * own users down. The number of users may follow a schedule: users who join start by
 * thinking; a user who leaves finishes what it has in flight first (it leaves when its
 * answer comes, or at the end of its think time). docs/traffic.md.
 */
import { sampleTime, schedule } from './core';
import { EV_USER_SEND, EV_USERS } from './events';
import type { ClosedLoopReport } from './report';
import type { EngineContext, NodeState } from './runState';
import type { NodeSpec } from './topology';

/** Puts a closed-loop client's users and its users schedule on the timeline at the start of a run. */
export function startUsers(ctx: EngineContext, client: number): void {
  const spec = ctx.topo.nodes[client];
  for (let k = 0; k < spec.usersAt.length; k++) schedule(ctx, spec.usersAt[k], EV_USERS, client, k);
  setUsers(ctx, client, spec.users);
}

/** Sets how many users the client should have: new ones start thinking, extra ones leave at their next turn. */
function setUsers(ctx: EngineContext, client: number, target: number): void {
  const ns = ctx.s.nodes[client];
  ns.targetUsers = target;
  if (ctx.topo.nodes[client].out.length === 0) return;
  while (ns.users < target) {
    ns.users++;
    think(ctx, client);
  }
}

/** Point `k` of the users schedule is due. */
export function onUsersChange(ctx: EngineContext, client: number, k: number): void {
  setUsers(ctx, client, ctx.topo.nodes[client].usersCount[k]);
}

function think(ctx: EngineContext, client: number): void {
  const t = sampleTime(ctx, client, ctx.topo.nodes[client].think);
  schedule(ctx, ctx.s.now + t, EV_USER_SEND, client, 0);
}

/** Whether a user at its turn leaves, because the client has more users than it should. */
function leaves(ctx: EngineContext, client: number): boolean {
  const ns = ctx.s.nodes[client];
  if (ns.users <= ns.targetUsers) return false;
  ns.users--;
  return true;
}

/** A user finished thinking: it sends its next request (through `send`), unless it leaves. */
export function onUserSend(
  ctx: EngineContext,
  client: number,
  send: (ctx: EngineContext, client: number) => boolean,
): void {
  if (leaves(ctx, client)) return;
  // Refused by a guard rail (the run stops): the user has nothing in flight.
  if (!send(ctx, client)) ctx.s.nodes[client].users--;
}

/** A user's request has its outcome: the user thinks before the next one, unless it leaves. */
export function userAnswered(ctx: EngineContext, client: number): void {
  if (leaves(ctx, client)) return;
  think(ctx, client);
}

/** The report's closed-loop section: users at `t`, mean think time, and answers per second. */
export function closedLoopReport(spec: NodeSpec, ns: NodeState, t: number): ClosedLoopReport {
  return {
    users: ns.targetUsers,
    thinkTimeMs: spec.think.mean,
    throughputPerS: t > 0 ? ((ns.ok + ns.failed) * 1000) / t : 0,
  };
}
