/**
 * A sweep: one or two parameters (a grid), each over a range of values, every value run
 * over the same seeds. Written as `edges.<id>.timeoutMs=100..5000:20` (20 values, evenly
 * spaced) or `…=10..10000:7:log` (evenly spaced on a log scale). Values follow the
 * parameter's declaration: inside its range, whole for whole parameters, on its step.
 */
import { type FaultlineDocument, parseDocument } from '../model';
import { findSweepParam } from './sweepParams';

/** Most values one axis may have. */
export const MAX_AXIS_VALUES = 1000;
/** Most parameters one sweep varies (two make a grid). */
export const MAX_AXES = 2;

export type AxisScale = 'linear' | 'log';

/** One swept parameter as written. */
export interface SweepAxis {
  path: string;
  from: number;
  to: number;
  count: number;
  scale: AxisScale;
}

/** An axis checked against a document: its words and its values. */
export interface ResolvedAxis extends SweepAxis {
  /** "api · Workers per instance". */
  label: string;
  unit?: string;
  whole: boolean;
  /** The values run, ascending, without repeats (rounding whole values may merge some). */
  values: number[];
}

/** A sweep as written: its axes (none for a plain seed run) and its seeds. */
export interface SweepDefinition {
  axes: SweepAxis[];
  seeds: number[];
}

type Result<T> = { ok: true; value: T } | { ok: false; error: string };

const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

/** Reads `path=from..to:count[:log]`. The path is checked against a document by {@link resolveAxis}. */
export function parseSweepAxis(text: string): Result<SweepAxis> {
  const t = text.trim();
  const eq = t.indexOf('=');
  const example = 'write it as path=from..to:count, e.g. edges.<id>.timeoutMs=100..5000:20';
  if (eq <= 0) return { ok: false, error: `the sweep "${t}" has no "=": ${example}` };
  const path = t.slice(0, eq).trim();
  if (!/^[A-Za-z0-9_.-]+$/.test(path))
    return { ok: false, error: `the sweep's parameter "${path}" is not a path such as edges.<id>.timeoutMs` };
  const m = /^(.+?)\.\.(.+?):(\d+)(?::([a-z]+))?$/.exec(t.slice(eq + 1).trim());
  if (!m)
    return { ok: false, error: `the sweep's range "${t.slice(eq + 1)}" is not from..to:count: ${example}` };
  const [, a, b, c, scale] = m;
  if (!NUMBER.test(a)) return { ok: false, error: `the sweep's start "${a}" is not a number` };
  if (!NUMBER.test(b)) return { ok: false, error: `the sweep's end "${b}" is not a number` };
  const from = Number(a);
  const to = Number(b);
  const count = Number(c);
  if (to < from)
    return { ok: false, error: `the sweep's range ${a}..${b} runs backwards: write the smaller value first` };
  if (count < 1 || count > MAX_AXIS_VALUES)
    return { ok: false, error: `the sweep's count must be from 1 to ${MAX_AXIS_VALUES}, got ${c}` };
  if (scale !== undefined && scale !== 'log' && scale !== 'linear')
    return { ok: false, error: `the sweep's scale must be "log" or "linear", got "${scale}"` };
  if (scale === 'log' && from <= 0) return { ok: false, error: `a log sweep must start above 0, got ${a}` };
  return { ok: true, value: { path, from, to, count, scale: scale === 'log' ? 'log' : 'linear' } };
}

/** The text {@link parseSweepAxis} reads back as `axis`. */
export function formatSweepAxis(axis: SweepAxis): string {
  return `${axis.path}=${axis.from}..${axis.to}:${axis.count}${axis.scale === 'log' ? ':log' : ''}`;
}

/** `v` rounded to `step` (a multiple of it), without binary fractions showing (0.30000000000000004). */
function onStep(v: number, step: number): number {
  return Number((Math.round(v / step) * step).toPrecision(12));
}

/** The values of an axis: `count` values from `from` to `to` (both included), snapped as the parameter requires. */
export function axisValues(axis: SweepAxis, whole: boolean, step?: number): number[] {
  const raw: number[] = [];
  for (let i = 0; i < axis.count; i++) {
    const f = axis.count === 1 ? 0 : i / (axis.count - 1);
    raw.push(
      axis.scale === 'log' ? axis.from * (axis.to / axis.from) ** f : axis.from + (axis.to - axis.from) * f,
    );
  }
  const snapped = raw.map((v) => {
    let x = whole ? Math.round(v) : step ? onStep(v, step) : Number(v.toPrecision(12));
    if (x < axis.from) x = axis.from;
    if (x > axis.to) x = axis.to;
    return x;
  });
  return [...new Set(snapped)].sort((p, q) => p - q);
}

/** Checks `axis` against `doc`: the parameter exists, is numeric and the range fits its declaration. */
export function resolveAxis(doc: FaultlineDocument, axis: SweepAxis): Result<ResolvedAxis> {
  const found = findSweepParam(doc, axis.path);
  if (!found.ok) return { ok: false, error: `--sweep ${axis.path}: ${found.error}` };
  const { param, label } = found.found;
  const unit = param.unit ? ` ${param.unit}` : '';
  if (axis.from < param.min || axis.to > param.max)
    return {
      ok: false,
      error: `--sweep ${axis.path}: ${label} must stay from ${param.min} to ${param.max}${unit}, got ${axis.from}..${axis.to}`,
    };
  const whole = param.whole === true;
  if (whole && (!Number.isInteger(axis.from) || !Number.isInteger(axis.to)))
    return {
      ok: false,
      error: `--sweep ${axis.path}: ${label} is a whole number, so the range must be too, got ${axis.from}..${axis.to}`,
    };
  const step = param.type === 'number' ? param.step : undefined;
  const values = axisValues(axis, whole, step);
  return {
    ok: true,
    value: { ...axis, label, ...(param.unit ? { unit: param.unit } : {}), whole, values },
  };
}

/** Every combination of the axes' values (the first axis outermost); one empty point for a plain seed run. */
export function sweepPoints(axes: readonly Pick<ResolvedAxis, 'values'>[]): number[][] {
  let points: number[][] = [[]];
  for (const axis of axes) points = points.flatMap((p) => axis.values.map((v) => [...p, v]));
  return points;
}

/** A parameter set to a value. */
export interface Assignment {
  path: string;
  value: number;
}

/**
 * `doc` with each path set to its value, as a new document validated by the schema (the
 * original is left as it was). A value the schema refuses gives its message.
 */
export function applyVariant(
  doc: FaultlineDocument,
  assignments: readonly Assignment[],
): Result<FaultlineDocument> {
  const copy = structuredClone(doc) as unknown as Record<string, unknown>;
  for (const { path, value } of assignments) {
    const parts = path.split('.');
    let owner: Record<string, unknown> | undefined;
    let rest: string[];
    if (parts[0] === 'scenario') {
      owner = copy.scenario as Record<string, unknown>;
      rest = parts.slice(1);
    } else if (parts[0] === 'nodes' || parts[0] === 'edges') {
      const items = copy[parts[0]] as Record<string, unknown>[];
      owner = items.find((item) => item.id === parts[1]);
      rest = parts.slice(2);
    } else {
      return { ok: false, error: `"${path}" must start with nodes., edges. or scenario.` };
    }
    if (!owner || rest.length === 0) return { ok: false, error: `"${path}" names nothing in the diagram` };
    for (const key of rest.slice(0, -1)) {
      const next = owner[key];
      if (typeof next !== 'object' || next === null) {
        owner[key] = {};
      }
      owner = owner[key] as Record<string, unknown>;
    }
    owner[rest[rest.length - 1]] = value;
  }
  const parsed = parseDocument(copy);
  if (!parsed.ok) {
    const first = parsed.errors[0];
    return { ok: false, error: `the variant is not a valid diagram: ${first.path} ${first.message}` };
  }
  return { ok: true, value: parsed.doc };
}

/** The assignments of one point of a sweep. */
export function assignmentsOf(
  axes: readonly Pick<SweepAxis, 'path'>[],
  point: readonly number[],
): Assignment[] {
  return axes.map((axis, i) => ({ path: axis.path, value: point[i] }));
}
