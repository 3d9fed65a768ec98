/** What the shape scan found wrong, or null when the text is within every bound. */
export type ShapeProblem = 'too-deep' | 'too-many-values' | null;

/** Bounds of the scan; see DECODE_LIMITS. */
export interface ShapeBounds {
  /** Nesting of arrays and objects. */
  depth: number;
  /** Elements of one array. */
  items: number;
  /** Members of one object. */
  members: number;
  /** Values in the whole text. */
  values: number;
}

/**
 * Scans JSON text before `JSON.parse`, in one linear pass without allocation, for shapes
 * no document has: nesting too deep (a 10⁵-deep value parses fine but later overflows the
 * stack in `structuredClone` or `JSON.stringify`, far from its cause), a list or object
 * too long, or too many values in all (parsing and validating millions of them takes
 * seconds). Brackets and commas inside strings do not count. Malformed JSON is left for
 * `JSON.parse` to refuse.
 */
export function jsonShapeProblem(text: string, bounds: ShapeBounds): ShapeProblem {
  const counts = new Int32Array(bounds.depth + 1);
  const isArray = new Uint8Array(bounds.depth + 1);
  let depth = 0;
  let values = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > bounds.depth) return 'too-deep';
      counts[depth] = 1;
      isArray[depth] = c === 0x5b ? 1 : 0;
      if (++values > bounds.values) return 'too-many-values';
    } else if (c === 0x5d || c === 0x7d) {
      if (depth > 0) depth--;
    } else if (c === 0x2c) {
      if (++values > bounds.values) return 'too-many-values';
      if (depth > 0 && ++counts[depth] > (isArray[depth] ? bounds.items : bounds.members))
        return 'too-many-values';
    }
  }
  return null;
}
