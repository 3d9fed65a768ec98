import { describe, expect, it } from 'vitest';
import {
  C_LIMIT,
  C_NO_BACKEND,
  C_POISON,
  C_RATE_LIMITED,
  C_SHED,
  C_TIMEOUT,
  CAUSE_COUNT,
  CAUSE_KEYS,
  CAUSES,
  type CauseCode,
} from './causes';
import { FAILURE_CAUSES } from './report';
import { CAUSE_TEXT } from './runLog';

describe('the failure cause table', () => {
  it('gives every cause a distinct key, a log text, an own-trouble text and a colour', () => {
    expect(new Set(CAUSES.map((c) => c.key)).size).toBe(CAUSE_COUNT);
    for (const c of CAUSES) {
      expect(c.logText).not.toBe('');
      expect(c.ownTrouble).not.toBe('');
      expect(c.chartColour).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it('is where the codes, the report keys and the log texts come from', () => {
    expect(FAILURE_CAUSES).toEqual(CAUSE_KEYS);
    expect(CAUSE_TEXT).toEqual(CAUSES.map((c) => c.logText));
    expect(FAILURE_CAUSES[C_TIMEOUT]).toBe('timeout');
    expect(FAILURE_CAUSES[C_LIMIT]).toBe('limit');
    expect(FAILURE_CAUSES[C_POISON]).toBe('poisonMessage');
    expect(FAILURE_CAUSES[C_SHED]).toBe('shed');
    expect(FAILURE_CAUSES[C_RATE_LIMITED]).toBe('rateLimited');
    expect(FAILURE_CAUSES[C_NO_BACKEND]).toBe('noBackend');
  });

  it('keeps the codes of recorded runs: the order is fixed', () => {
    expect(CAUSE_KEYS).toEqual([
      'timeout',
      'refused',
      'rejected',
      'queueFull',
      'injectedError',
      'breakerOpen',
      'downstream',
      'partitioned',
      'limit',
      'poisonMessage',
      'shed',
      'rateLimited',
      'noBackend',
    ]);
  });

  it('types a code as one of the indices of the table', () => {
    const last: CauseCode = 12;
    // @ts-expect-error one past the table is no cause (tsc checks this line)
    const past: CauseCode = 13;
    expect([last, past]).toEqual([C_NO_BACKEND, CAUSE_COUNT]);
  });
});
