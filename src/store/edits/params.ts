import { edgeSchema } from '../../model/edges';
import { type DocumentError, describeIssues, formatError } from '../../model/errors';
import { text } from '../../model/fields';
import { LIMITS } from '../../model/limits';
import { nodeSchema } from '../../model/nodes';
import { scenarioSchema } from '../../model/scenario';
import type { FaultlineDocument } from '../../model/schema';
import { applied, type EditResult, refused } from './result';

/** Parameters of a node or edge, as the inspector edits them: anything but identity and ends. */
export type ParamPatch = Record<string, unknown>;

const IDENTITY_KEYS = ['id', 'kind', 'source', 'target', 'position'];

function withoutIdentity(patch: ParamPatch): ParamPatch {
  const out: ParamPatch = {};
  for (const [k, v] of Object.entries(patch)) if (!IDENTITY_KEYS.includes(k)) out[k] = v;
  return out;
}

function refusedWith(errors: DocumentError[]): EditResult {
  return refused(errors.map(formatError).join('; '));
}

/** Changes parameters of one node; applied only when the node stays valid under the schema. */
export function updateNode(doc: FaultlineDocument, id: string, patch: ParamPatch): EditResult {
  const index = doc.nodes.findIndex((n) => n.id === id);
  if (index < 0) return refused('That node is no longer in the diagram.');
  const r = nodeSchema.safeParse({ ...doc.nodes[index], ...withoutIdentity(patch) });
  if (!r.success) return refusedWith(describeIssues(r.error));
  const nodes = doc.nodes.slice();
  nodes[index] = r.data;
  return applied({ ...doc, nodes });
}

/** Changes parameters of one edge; applied only when the edge stays valid under the schema. */
export function updateEdge(doc: FaultlineDocument, id: string, patch: ParamPatch): EditResult {
  const index = doc.edges.findIndex((e) => e.id === id);
  if (index < 0) return refused('That edge is no longer in the diagram.');
  const r = edgeSchema.safeParse({ ...doc.edges[index], ...withoutIdentity(patch) });
  if (!r.success) return refusedWith(describeIssues(r.error));
  const edges = doc.edges.slice();
  edges[index] = r.data;
  return applied({ ...doc, edges });
}

const labelSchema = text(LIMITS.labelLength);

/** Renames a node or an edge. */
export function rename(doc: FaultlineDocument, id: string, label: string): EditResult {
  const r = labelSchema.safeParse(label);
  if (!r.success) return refused(`Name ${r.error.issues[0].message}.`);
  if (doc.nodes.some((n) => n.id === id)) return updateNode(doc, id, { label: r.data });
  if (doc.edges.some((e) => e.id === id)) return updateEdge(doc, id, { label: r.data });
  return refused('That item is no longer in the diagram.');
}

/** The run's settings the editor changes: simulated duration and random seed. */
export interface ScenarioPatch {
  durationS?: number;
  seed?: number;
}

/** Changes the scenario's duration or seed; applied only when valid. */
export function updateScenario(doc: FaultlineDocument, patch: ScenarioPatch): EditResult {
  const candidate = { ...doc.scenario };
  if (patch.durationS !== undefined) candidate.durationS = patch.durationS;
  if (patch.seed !== undefined) candidate.seed = patch.seed;
  const r = scenarioSchema.safeParse(candidate);
  if (!r.success) return refusedWith(describeIssues(r.error));
  return applied({ ...doc, scenario: r.data });
}

const titleSchema = text(LIMITS.titleLength);

/** Renames the diagram itself. */
export function setTitle(doc: FaultlineDocument, title: string): EditResult {
  const r = titleSchema.safeParse(title);
  if (!r.success) return refused(`Title ${r.error.issues[0].message}.`);
  return applied({ ...doc, title: r.data });
}
