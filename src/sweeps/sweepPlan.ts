/**
 * A sweep ready to run: the document, its checked axes, the seeds and every point, with the
 * runs (point × seed) in one canonical order that shards slice and every pool follows.
 * Running one run is in runTask.ts, apart, so that what only plans a sweep (the panel's
 * form, links) does not bring the engine with it.
 */
import type { FaultlineDocument } from '../model';
import {
  applyVariant,
  assignmentsOf,
  MAX_AXES,
  type ResolvedAxis,
  resolveAxis,
  type SweepDefinition,
  sweepPoints,
} from './sweepDefinition';

/** Most points (values, or value pairs of a grid) one sweep may have. */
export const MAX_POINTS = 100_000;

/** A checked sweep. */
export interface SweepPlan {
  doc: FaultlineDocument;
  axes: ResolvedAxis[];
  seeds: number[];
  /** Every combination of the axes' values; `[[]]` for a plain seed run. */
  points: number[][];
}

/** One run to do: the point's index and the seed. */
export interface SweepTask {
  point: number;
  seed: number;
}

/** Checks `definition` against `doc`; the plan, or what is wrong. */
export function planSweep(
  doc: FaultlineDocument,
  definition: SweepDefinition,
): { ok: true; plan: SweepPlan } | { ok: false; error: string } {
  if (definition.seeds.length === 0) return { ok: false, error: 'a sweep needs at least one seed' };
  if (definition.axes.length > MAX_AXES)
    return {
      ok: false,
      error: `a sweep varies at most ${MAX_AXES} parameters, got ${definition.axes.length}`,
    };
  const paths = new Set<string>();
  const axes: ResolvedAxis[] = [];
  for (const axis of definition.axes) {
    if (paths.has(axis.path)) return { ok: false, error: `--sweep ${axis.path} is given twice` };
    paths.add(axis.path);
    const r = resolveAxis(doc, axis);
    if (!r.ok) return r;
    axes.push(r.value);
  }
  const count = axes.reduce((n, a) => n * a.values.length, 1);
  if (count > MAX_POINTS)
    return { ok: false, error: `the sweep has ${count} points; at most ${MAX_POINTS} are allowed` };
  const points = sweepPoints(axes);
  // The corners of the range: a value the schema refuses in combination shows up here, before any run.
  for (const p of new Set([0, points.length - 1])) {
    const v = applyVariant(doc, assignmentsOf(axes, points[p]));
    if (!v.ok) return { ok: false, error: `at ${describePoint(axes, points[p])}: ${v.error}` };
  }
  return { ok: true, plan: { doc, axes, seeds: [...definition.seeds], points } };
}

/** "timeoutMs = 100, workers = 4" for messages. */
export function describePoint(axes: readonly Pick<ResolvedAxis, 'path'>[], point: readonly number[]): string {
  return axes.map((a, i) => `${a.path} = ${point[i]}`).join(', ') || 'the diagram as it is';
}

/** Every run of the plan in canonical order: points in order, each over the seeds in order. */
export function sweepTasks(plan: Pick<SweepPlan, 'points' | 'seeds'>): SweepTask[] {
  const tasks: SweepTask[] = [];
  for (let p = 0; p < plan.points.length; p++) for (const seed of plan.seeds) tasks.push({ point: p, seed });
  return tasks;
}

/**
 * The runs of shard `index` (1-based) of `count`: every count-th run of the canonical order,
 * so shards are the same size within one run and each point is spread over all of them.
 */
export function shardTasks(tasks: readonly SweepTask[], index: number, count: number): SweepTask[] {
  return tasks.filter((_, i) => i % count === index - 1);
}

/** The document of one point of the plan. */
export function variantAt(
  plan: Pick<SweepPlan, 'doc' | 'axes' | 'points'>,
  point: number,
): FaultlineDocument {
  if (plan.axes.length === 0) return plan.doc;
  const v = applyVariant(plan.doc, assignmentsOf(plan.axes, plan.points[point]));
  if (!v.ok) throw new Error(`at ${describePoint(plan.axes, plan.points[point])}: ${v.error}`);
  return v.value;
}
