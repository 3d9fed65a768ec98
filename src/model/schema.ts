import { z } from 'zod';
import { edgeSchema } from './edges';
import { DOCUMENT_VERSION } from './emptyDocument';
import { text } from './fields';
import { LIMITS } from './limits';
import { nodeSchema } from './nodes';
import { lessonStepSchema, scenarioSchema, viewportSchema } from './scenario';

// The version this build writes lives with the empty document (no zod there). Older ones are
// migrated (migrations.ts).
export { DOCUMENT_VERSION } from './emptyDocument';

/**
 * The whole diagram document (docs/document-format.md): everything needed to reproduce a run.
 * Strict: unknown keys anywhere are errors, never silently dropped.
 */
export const documentSchema = z.strictObject({
  version: z.literal(DOCUMENT_VERSION, { error: `must be ${DOCUMENT_VERSION}` }),
  title: text(LIMITS.titleLength).default('Untitled diagram'),
  /** "What to watch": shown with the diagram, for the learner. */
  description: text(LIMITS.textLength, 'multi').default(''),
  nodes: z.array(nodeSchema).max(LIMITS.nodes, { error: `must have at most ${LIMITS.nodes} nodes` }),
  edges: z.array(edgeSchema).max(LIMITS.edges, { error: `must have at most ${LIMITS.edges} edges` }),
  scenario: scenarioSchema,
  lesson: z
    .array(lessonStepSchema)
    .max(LIMITS.lessonSteps, { error: `must have at most ${LIMITS.lessonSteps} steps` })
    .default([]),
  viewport: viewportSchema.optional(),
});

/** A document with every default filled in: what the app and the engine work with. */
export type FaultlineDocument = z.output<typeof documentSchema>;
/** A document as stored or shared: defaults may be left out. */
export type StoredDocument = z.input<typeof documentSchema>;
