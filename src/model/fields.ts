import { z } from 'zod';
import { LIMITS } from './limits';
import { type TextLines, textProblem } from './textRules';

// zod probes `Function('')` to decide whether to compile parsers; under the app's CSP
// (require-trusted-types-for 'script') that probe is a reported violation. Interpreted
// parsing is fast enough for documents, so never compile.
z.config({ jitless: true });

/**
 * Field builders for the document schema. Each carries the message a person reads when
 * the value is wrong, so errors name the rule ("must be a whole number from 1 to 100").
 */

/** -0 becomes 0: JSON writes -0 as 0, so a document must not hold one to survive a save. */
const positiveZero = (v: number) => (v === 0 ? 0 : v);

/** A whole number in [min, max]. */
export const wholeNumber = (min: number, max: number) => {
  const message = `must be a whole number from ${min} to ${max}`;
  return z
    .number({ error: message })
    .int({ error: message })
    .min(min, { error: message })
    .max(max, { error: message })
    .overwrite(positiveZero);
};

/** A finite number in [min, max]. */
export const numberIn = (min: number, max: number, unit = '') => {
  const suffix = unit ? ` ${unit}` : '';
  const message = `must be a number from ${min} to ${max}${suffix}`;
  return z
    .number({ error: message })
    .min(min, { error: message })
    .max(max, { error: message })
    .overwrite(positiveZero);
};

/** A fraction in [0, 1]. */
export const fraction = () => numberIn(0, 1);

/** Milliseconds, 0 to one hour. */
export const milliseconds = () => numberIn(0, LIMITS.durationMs, 'ms');

/** Seconds of simulated time. */
export const seconds = () => numberIn(0, LIMITS.runSeconds, 's');

/** One of a fixed list of words; the message lists them. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(', ')}` });

/**
 * Text shown to people: bounded, well-formed UTF-16 (no lone surrogates), and free of the
 * characters that make text lie or drive a terminal (textRules.ts). `lines` says whether
 * line breaks belong in it: names and titles are one line, descriptions and captions several.
 */
export const text = (max: number, lines: TextLines = 'single') =>
  z
    .string({ error: 'must be text' })
    .max(max, { error: `must be at most ${max} characters` })
    .refine((s) => s.isWellFormed(), { error: 'must be well-formed text (it has a broken character)' })
    .superRefine((s, ctx) => {
      const problem = textProblem(s, lines);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

/** An identifier: letters, digits, "-" and "_", so it is safe as a key, a DOM id and in a URL. */
export const identifier = () =>
  z
    .string({ error: 'must be an identifier' })
    .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'must be 1 to 64 letters, digits, "-" or "_"' });

/** A whole number, or the word "unlimited". */
export const limitOrUnlimited = (min: number, max: number) =>
  z.union([z.literal('unlimited'), wholeNumber(min, max)], {
    error: `must be "unlimited" or a whole number from ${min} to ${max}`,
  });
