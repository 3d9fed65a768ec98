/**
 * The engine's small integer codes have kinds: a request, job or message state, a call's or
 * a job's parent kind, and an event type cannot stand in for one another. The
 * `@ts-expect-error` lines are checked by `tsc` (a line that compiled would fail it).
 */
import { describe, expect, it } from 'vitest';
import { schedule } from './core';
import { EV_TIMEOUT } from './events';
import type { EngineContext } from './runState';
import {
  allocJob,
  allocMsg,
  allocReq,
  createPools,
  JOB_COMPUTING,
  JOB_FOR_MESSAGE,
  MSG_DELIVERED,
  MSG_WAITING,
  PARENT_JOB,
  REQ_WAITING,
} from './state';

describe('engine codes', () => {
  it('keep their kinds apart at compile time', () => {
    const pools = createPools();
    const job = pools.jobs[allocJob(pools)];
    const msg = pools.msgs[allocMsg(pools)];
    const req = pools.reqs[allocReq(pools)];
    job.state = JOB_COMPUTING;
    msg.state = MSG_WAITING;
    req.state = REQ_WAITING;
    // @ts-expect-error a message state is not a job state
    job.state = MSG_DELIVERED;
    // @ts-expect-error a job state is not a request state
    req.state = JOB_COMPUTING;
    // @ts-expect-error a plain number is not a message state
    msg.state = 2;
    // @ts-expect-error a call's parent kind is not a job's
    job.parentKind = PARENT_JOB;
    job.parentKind = JOB_FOR_MESSAGE;
    const typeCheckedOnly = (ctx: EngineContext) => {
      schedule(ctx, 0, EV_TIMEOUT, 0, 0);
      // @ts-expect-error a message state is not an event type
      schedule(ctx, 0, MSG_WAITING, 0, 0);
    };
    expect(typeof typeCheckedOnly).toBe('function');
    // At run time they stay the plain integers the pools and the event list store.
    expect([job.state, msg.state, req.state]).toEqual([MSG_DELIVERED, 2, JOB_COMPUTING]);
  });
});
