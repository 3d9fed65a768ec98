import { fillDefaults } from '../model/fillDefaults';
import type { FaultlineDocument } from '../model/schema';
import { rpcChainRedeploy } from './rpcChainRedeploy';

/**
 * The first-visit example (rpcChainRedeploy) with every default filled in, as
 * `parseDocument` gives it, key order included, but without the schema (fillDefaults.ts
 * reads the parameter declarations): a first visit then fetches no zod
 * (docs/performance.md). firstVisitExample.test.ts checks it. A new copy each call.
 */
export function firstVisitExample(): FaultlineDocument {
  return fillDefaults(structuredClone(rpcChainRedeploy));
}
