import { describe, expect, it } from 'vitest';
import { decode } from './decode';
import { DECODE_LIMITS } from './decode/limits';
import corpus from './fixtures/links-v1.json';
import { parseDocument } from './parseDocument';
import { linkLength } from './shareLink';
import {
  dailySinePreset,
  parseRateTrace,
  rampPreset,
  scheduleRateAt,
  spikePreset,
  stepPreset,
  TRAFFIC_LIMITS,
} from './trafficShape';

const v2 = corpus.links[0].document;
const withClient = (client: Record<string, unknown>, version = 3) => ({
  ...v2,
  version,
  nodes: [...v2.nodes, { id: 'new', kind: 'client', label: 'new', position: { x: 0, y: 0 }, ...client }],
});
const errorsOf = (doc: unknown) => {
  const r = parseDocument(doc);
  return r.ok ? [] : r.errors;
};
const at = `nodes[${v2.nodes.length}]`;

describe('a pasted rate trace', () => {
  it('reads one rate per second, separated by commas, spaces or lines', () => {
    expect(parseRateTrace('10, 20\n30;40\r\n 5.5  1e2\n')).toEqual({
      ok: true,
      values: [10, 20, 30, 40, 5.5, 100],
    });
  });

  it('names the line and the value that is wrong', () => {
    expect(parseRateTrace('10\n20\nabc\n')).toEqual({
      ok: false,
      message: 'line 3: "abc" is not a rate from 0 to 1000000 req/s',
    });
    expect(parseRateTrace('1, -5')).toMatchObject({
      message: 'line 1: "-5" is not a rate from 0 to 1000000 req/s',
    });
    expect(parseRateTrace('2000000')).toMatchObject({ ok: false });
    expect(parseRateTrace(' \n ')).toEqual({
      ok: false,
      message: 'holds no rate: write one number per second',
    });
  });

  it('holds at most a day of seconds', () => {
    const day = Array.from({ length: TRAFFIC_LIMITS.traceValues }, () => '1').join('\n');
    expect(parseRateTrace(day)).toMatchObject({ ok: true });
    expect(parseRateTrace(`${day}\n1`)).toEqual({
      ok: false,
      message: 'line 86401: more than 86,400 values (one a second for a day)',
    });
  });
});

describe('presets', () => {
  it('step, ramp and spike fill the points they say', () => {
    expect(scheduleRateAt(stepPreset(10, 50, 30), 29)).toBe(10);
    expect(scheduleRateAt(stepPreset(10, 50, 30), 30)).toBe(50);
    expect(scheduleRateAt(rampPreset(10, 110, 10, 60), 35)).toBe(60);
    expect(scheduleRateAt(spikePreset(10, 100, 20, 5), 22)).toBe(100);
    expect(scheduleRateAt(spikePreset(10, 100, 20, 5), 25)).toBe(10);
  });

  it('a daily sine is lowest at the start, peaks half way, and averages its mean', () => {
    const day = dailySinePreset(100, 80, 600);
    expect(scheduleRateAt(day, 0)).toBeCloseTo(20, 6);
    expect(scheduleRateAt(day, 300)).toBeCloseTo(180, 6);
    let sum = 0;
    for (let t = 0; t < 600; t += 0.5) sum += scheduleRateAt(day, t) * 0.5;
    expect(sum / 600).toBeCloseTo(100, 0);
    expect(dailySinePreset(10, 50, 100).points.every((p) => p.rate >= 0)).toBe(true);
    expect(dailySinePreset(10, 5, 10, 100_000).points.length).toBeLessThanOrEqual(
      TRAFFIC_LIMITS.schedulePoints,
    );
  });
});

describe('the traffic fields of a client in a document', () => {
  it('a valid schedule, trace and users schedule are kept', () => {
    const doc = withClient({
      rateSchedule: { interpolation: 'linear', points: [{ atS: 0, rate: 1 }] },
      loop: 'closed',
      usersSchedule: [{ atS: 5, users: 3 }],
    });
    expect(errorsOf(doc)).toEqual([]);
  });

  it('refuses points out of order, a bad trace, and both a schedule and a trace, by name', () => {
    expect(
      errorsOf(
        withClient({
          rateSchedule: {
            points: [
              { atS: 5, rate: 1 },
              { atS: 5, rate: 2 },
            ],
          },
        }),
      )[0],
    ).toEqual({
      path: `${at}.rateSchedule.points`,
      message: 'point 2 is at 5 s, not after point 1 (5 s): times must increase',
    });
    expect(errorsOf(withClient({ rateTrace: '1\nx' }))[0]).toMatchObject({
      path: `${at}.rateTrace`,
      message: expect.stringContaining('line 2: "x"'),
    });
    expect(
      errorsOf(withClient({ rateTrace: '1', rateSchedule: { points: [{ atS: 0, rate: 1 }] } }))[0],
    ).toMatchObject({ path: `${at}.rateTrace`, message: expect.stringContaining('not both') });
    expect(errorsOf(withClient({ usersSchedule: [{ atS: 0, users: 1.5 }] }))[0].path).toBe(
      `${at}.usersSchedule[0].users`,
    );
  });

  it.each(['rateSchedule', 'rateTrace', 'usersSchedule'])(
    'a version-2 client with "%s" is refused, named',
    (key) => {
      const value =
        key === 'rateTrace' ? '1' : key === 'rateSchedule' ? { points: [{ atS: 0, rate: 1 }] } : [];
      expect(errorsOf(withClient({ [key]: value }, 2))[0]).toEqual({
        path: `${at}.${key}`,
        message: `"${key}" is new in version 3: not part of a version 2 diagram`,
      });
    },
  );
});

describe('a day-long trace and the decoder', () => {
  const day = () => {
    let x = 1;
    return Array.from({ length: TRAFFIC_LIMITS.traceValues }, () => {
      x = (x * 48_271) % 2_147_483_647;
      return (x % 100_000) / 10;
    }).join('\n');
  };

  it('opens from a file, within the decoder’s caps', () => {
    const doc = withClient({ rateTrace: day() });
    const r = decode(JSON.stringify(doc), 'file');
    expect(r.ok).toBe(true);
  });

  it('makes a link longer than a link may be: the share dialog says so', () => {
    const parsed = parseDocument(withClient({ rateTrace: day() }));
    if (!parsed.ok) throw new Error('invalid');
    expect(linkLength(parsed.doc)).toBeGreaterThan(DECODE_LIMITS.linkChars);
  });
});

describe('schedule points in the whole diagram', () => {
  it('are at most 10,000, named at the client that goes past', () => {
    const points = Array.from({ length: 500 }, (_, i) => ({ atS: i, rate: 1 }));
    const clients = Array.from({ length: 21 }, (_, i) => ({
      id: `c${i}`,
      kind: 'client',
      label: `c${i}`,
      position: { x: 0, y: 0 },
      rateSchedule: { points },
    }));
    expect(errorsOf({ version: 3, nodes: clients.slice(0, 20), edges: [], scenario: {} })).toEqual([]);
    expect(errorsOf({ version: 3, nodes: clients, edges: [], scenario: {} })).toEqual([
      {
        path: 'nodes[20].rateSchedule.points',
        message: "takes the diagram's schedules to 10,500 points: at most 10,000 in all",
      },
    ]);
  });
});

describe('the daily sine is computed without Math.cos (the same points in every engine)', () => {
  it('matches the sine to the points’ precision', () => {
    const day = dailySinePreset(100, 50, 240, 480, 48);
    day.points.forEach((p) => {
      expect(p.rate).toBeCloseTo(100 - 50 * Math.cos((2 * Math.PI * p.atS) / 240), 3);
    });
  });
});
