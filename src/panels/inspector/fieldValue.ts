import type { z } from 'zod';
import { formatPath } from '../../model/errors';

type Obj = Record<string, unknown>;

/** The value at `path` inside `item`. */
export function getIn(item: unknown, path: readonly string[]): unknown {
  let v: unknown = item;
  for (const key of path) v = v && typeof v === 'object' ? (v as Obj)[key] : undefined;
  return v;
}

/** A copy of `item` with `value` at `path` (new objects along the path; `item` untouched). */
export function setIn(item: Obj, path: readonly string[], value: unknown): Obj {
  const [head, ...rest] = path;
  return { ...item, [head]: rest.length === 0 ? value : setIn((item[head] as Obj) ?? {}, rest, value) };
}

/**
 * What the schema says about `value` at `path` of `item`: null when valid, otherwise the
 * schema's own message ("must be a whole number from 1 to 10000").
 */
export function fieldProblem(
  schema: z.ZodType,
  item: Obj,
  path: readonly string[],
  value: unknown,
): string | null {
  const r = schema.safeParse(setIn(item, path, value));
  if (r.success) return null;
  const here = formatPath(path);
  const issue = r.error.issues.find((i) => formatPath(i.path) === here) ?? r.error.issues[0];
  return issue.message;
}

/** A typed number: empty or malformed text is NaN, which the schema refuses (rather than defaulting). */
export function parseNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}
