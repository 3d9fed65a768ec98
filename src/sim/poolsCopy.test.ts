import { describe, expect, it } from 'vitest';
import { C_INJECTED, C_REFUSED, C_TIMEOUT } from './causes';
import { copyPools } from './poolsCopy';
import { allocCall, allocJob, allocMsg, allocReq, createPools, fillFailure } from './state';

/** Pools with records in use and free, every kind, fields set away from their defaults. */
function busyPools() {
  const p = createPools();
  for (let i = 0; i < 5; i++) {
    const r = allocReq(p);
    p.reqs[r].gen = i + 1;
    p.reqs[r].sentAt = 10.5 * i;
    const c = allocCall(p);
    p.calls[c].deadline = i === 0 ? Number.POSITIVE_INFINITY : 100 * i;
    fillFailure(p.calls[c].fail, C_TIMEOUT, i, -1, 2);
    const j = allocJob(p);
    p.jobs[j].holdsWorker = i % 2 === 0;
    fillFailure(p.jobs[j].fail, C_INJECTED, -1, i, -1);
    const m = allocMsg(p);
    p.msgs[m].poison = i === 3;
  }
  p.reqFree.push(3, 1);
  p.callFree.push(4);
  p.jobFree.push(0, 2);
  p.msgFree.push(1);
  return p;
}

describe('copyPools', () => {
  it('copies every record and free list as structuredClone did', () => {
    const p = busyPools();
    expect(copyPools(p)).toStrictEqual(structuredClone(p));
  });

  it('shares nothing with the pools it copies, the failures inside calls and jobs included', () => {
    const p = busyPools();
    const before = structuredClone(p);
    const copy = copyPools(p);
    copy.reqs[0].gen = 99;
    copy.calls[1].fail.rootNode = 42;
    copy.jobs[2].fail.cause = C_REFUSED;
    copy.msgs[3].poison = false;
    copy.reqFree.push(0);
    copy.callFree.pop();
    copy.jobFree.length = 0;
    copy.msgFree.push(2);
    expect(p).toStrictEqual(before);
  });
});
