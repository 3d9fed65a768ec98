import { z } from 'zod';
import { identifier, milliseconds, numberIn, oneOf, text, wholeNumber } from './fields';
import { LIMITS } from './limits';

/**
 * Version 1 of the document, the prototype's format: flat nodes with `type`, `name`, `x`,
 * `y`; exponential service times only (`serviceMs`); edges with `from`/`to`; run settings
 * at the top level. Kept, strict, so every version-1 file keeps opening (migrations.ts).
 */
export const documentV1Schema = z.strictObject({
  version: z.literal(1),
  title: text(LIMITS.titleLength).optional(),
  nodes: z
    .array(
      z.strictObject({
        id: identifier(),
        type: oneOf(['client', 'service', 'queue', 'database']),
        name: text(LIMITS.labelLength),
        x: numberIn(-LIMITS.coordinate, LIMITS.coordinate),
        y: numberIn(-LIMITS.coordinate, LIMITS.coordinate),
        rate: numberIn(0, LIMITS.rate).optional(),
        workers: wholeNumber(1, LIMITS.workers).optional(),
        serviceMs: milliseconds().optional(),
      }),
    )
    .max(LIMITS.nodes),
  edges: z
    .array(
      z.strictObject({
        id: identifier(),
        type: oneOf(['rpc', 'async']),
        from: identifier(),
        to: identifier(),
        timeoutMs: milliseconds().optional(),
      }),
    )
    .max(LIMITS.edges),
  duration: numberIn(1, LIMITS.runSeconds).optional(),
  seed: wholeNumber(0, LIMITS.seed).optional(),
});
export type DocumentV1 = z.output<typeof documentV1Schema>;
