import { z } from 'zod';
import type { StoredDocument } from './schema';
import { DOCUMENT_VERSION, documentSchema } from './schema';
import type { DocumentV1 } from './schemaV1';
import { documentV1Schema } from './schemaV1';

/**
 * One step of the migration ladder: a validated document of version `from` becomes an
 * (unvalidated) document of version `from + 1`. Each step is a pure function of data and
 * builds new objects: decoded input is never merged into live objects.
 */
export interface Migration {
  from: number;
  schema: z.ZodType;
  up: (doc: never) => unknown;
  /**
   * Whether the step only adds what older files cannot hold (new kinds and parameters, all
   * off by default): the document means exactly what it did, so nothing is said about it.
   */
  quiet?: boolean;
}

/** A version-2 document as stored: today's fields without those added since (newerFeatures.ts). */
type StoredDocumentV2 = Omit<StoredDocument, 'version'> & { version: 2 };

/**
 * Version 2: today's document without what version 3 added (load balancers, caches, traffic
 * schedules, closed-loop users, autoscaling…). Those parameters and kinds are declared with
 * `since: 3`, and parseDocument refuses them in a version-2 file before this schema runs.
 */
const documentV2Schema = documentSchema.extend({ version: z.literal(2, { error: 'must be 2' }) });

/** Version 3 only added kinds and parameters, each off by default: a v2 document is a v3 one. */
function v2ToV3(doc: StoredDocumentV2): StoredDocument {
  return { ...doc, version: 3 };
}

function v1ToV2(doc: DocumentV1): StoredDocumentV2 {
  return {
    version: 2,
    ...(doc.title !== undefined ? { title: doc.title } : {}),
    nodes: doc.nodes.map((n) => {
      const base = { id: n.id, label: n.name, position: { x: n.x, y: n.y } };
      switch (n.type) {
        case 'client':
          return { ...base, kind: 'client' as const, ...(n.rate !== undefined ? { rate: n.rate } : {}) };
        case 'service':
          return {
            ...base,
            kind: 'service' as const,
            ...(n.workers !== undefined ? { workers: n.workers } : {}),
            ...(n.serviceMs !== undefined
              ? { serviceTime: { distribution: 'exponential' as const, meanMs: n.serviceMs } }
              : {}),
          };
        case 'database':
          return {
            ...base,
            kind: 'database' as const,
            ...(n.workers !== undefined ? { pool: n.workers } : {}),
            ...(n.serviceMs !== undefined
              ? { latency: { distribution: 'exponential' as const, meanMs: n.serviceMs } }
              : {}),
          };
        default:
          return { ...base, kind: 'queue' as const };
      }
    }),
    edges: doc.edges.map((e) =>
      e.type === 'rpc'
        ? {
            id: e.id,
            kind: 'rpc' as const,
            source: e.from,
            target: e.to,
            ...(e.timeoutMs !== undefined ? { timeoutMs: e.timeoutMs } : {}),
          }
        : { id: e.id, kind: 'async' as const, source: e.from, target: e.to },
    ),
    scenario: {
      ...(doc.duration !== undefined ? { durationS: doc.duration } : {}),
      ...(doc.seed !== undefined ? { seed: doc.seed } : {}),
    },
  };
}

/** Every migration, in order. Version N's entry validates N and produces N + 1. */
export const MIGRATIONS: readonly Migration[] = [
  { from: 1, schema: documentV1Schema, up: v1ToV2 as (d: never) => unknown },
  { from: 2, schema: documentV2Schema, up: v2ToV3 as (d: never) => unknown, quiet: true },
];

/** The strict schema of each version, oldest first; the last is the current one. */
export function schemaForVersion(version: number): z.ZodType | undefined {
  if (version === DOCUMENT_VERSION) return documentSchema;
  return MIGRATIONS.find((m) => m.from === version)?.schema;
}
