import { z } from 'zod';
import { limitOrUnlimited, numberIn, oneOf, wholeNumber } from './fields';
import type { Param, ParamList, ParamSet, ParamValue, StoredParamValue } from './params/types';

/** The schema of one parameter with its default: refusing values outside the declared range. */
type ParamSchema<P> = z.ZodDefault<z.ZodType<ParamValue<P>, StoredParamValue<P>>>;

/** The schema fields for `list`, in its key order, defaults filled in. */
export type ParamShape<L> = { [K in keyof L]: ParamSchema<L[K]> };

/** The words a unit is read as in a message ("a number of seconds"). */
const UNIT_WORDS: Record<string, string> = { s: 'seconds', ms: 'milliseconds' };

function valueSchema(p: Param): z.ZodType {
  switch (p.type) {
    case 'number':
      return p.whole ? wholeNumber(p.min, p.max) : numberIn(p.min, p.max, p.unit);
    case 'limit': {
      if (p.whole && p.word === 'unlimited') return limitOrUnlimited(p.min, p.max);
      const number = p.whole
        ? 'a whole number'
        : `a number${p.unit && UNIT_WORDS[p.unit] ? ` of ${UNIT_WORDS[p.unit]}` : ''}`;
      const inner = p.whole ? wholeNumber(p.min, p.max) : numberIn(p.min, p.max, p.unit);
      return z.union([z.literal(p.word), inner], {
        error: `must be "${p.word}" or ${number} from ${p.min} to ${p.max}`,
      });
    }
    case 'choice':
      return oneOf(p.options);
    case 'toggle':
      return z.boolean({ error: 'must be true or false' });
  }
}

function entrySchema(entry: Param | ParamSet): z.ZodType {
  if (entry.type === 'set') return z.strictObject(paramShape(entry.params)).prefault({});
  return valueSchema(entry).default(entry.default as never);
}

/** Schema fields for every parameter of `list`: spread them into the item's `z.strictObject`. */
export function paramShape<const L extends ParamList>(list: L): ParamShape<L> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, entry] of Object.entries(list)) shape[key] = entrySchema(entry);
  return shape as unknown as ParamShape<L>;
}
