/**
 * `JSON.stringify(value, null, 2)` in pieces: the report of a long run (a row per simulated
 * second) is written as it is serialised instead of being built as one giant string first.
 * Containers are opened up to `depth` levels; below that each value is one piece. The pieces
 * joined are exactly `JSON.stringify(value, null, 2)` (jsonChunks.test.ts checks).
 */
export function* jsonChunks(value: unknown, depth = 2, indent = ''): Generator<string> {
  if (depth > 0 && Array.isArray(value) && value.length > 0) {
    const inner = `${indent}  `;
    yield '[\n';
    for (let i = 0; i < value.length; i++) {
      yield inner;
      // As JSON.stringify does: an element with no JSON form is written as null.
      const v = value[i];
      yield* jsonChunks(
        v === undefined || typeof v === 'function' || typeof v === 'symbol' ? null : v,
        depth - 1,
        inner,
      );
      yield i < value.length - 1 ? ',\n' : '\n';
    }
    yield `${indent}]`;
    return;
  }
  if (depth > 0 && isPlainObject(value)) {
    // As JSON.stringify does: properties with no JSON form are left out.
    const entries = Object.entries(value).filter(
      ([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol',
    );
    if (entries.length > 0) {
      const inner = `${indent}  `;
      yield '{\n';
      for (let i = 0; i < entries.length; i++) {
        const [key, v] = entries[i];
        yield `${inner}${JSON.stringify(key)}: `;
        yield* jsonChunks(v, depth - 1, inner);
        yield i < entries.length - 1 ? ',\n' : '\n';
      }
      yield `${indent}}`;
      return;
    }
  }
  // JSON text has no raw line breaks inside strings, so re-indenting by lines is safe.
  const text = JSON.stringify(value, null, 2) ?? 'null';
  yield indent ? text.replaceAll('\n', `\n${indent}`) : text;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return (
    (proto === Object.prototype || proto === null) &&
    typeof (value as { toJSON?: unknown }).toJSON !== 'function'
  );
}
