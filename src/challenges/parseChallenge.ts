/**
 * The one way a challenge enters (a built-in, a file for the command line, a link): the
 * challenge schema, then its start through the one document decoder, then the references
 * between them (ids, parameter names, goal targets). Never throws.
 */
import { decode, type FaultlineDocument, formatError } from '../model';
import { describeIssues } from '../model/errors';
import { type Challenge, challengeSchema } from './format';
import { edgeParamNames, nodeParamNames } from './paramNames';

/** A challenge that passed, with its start parsed (defaults filled). */
export interface ParsedChallenge {
  ok: true;
  challenge: Challenge;
  start: FaultlineDocument;
}
/** Why a challenge was refused: one message per problem, each naming the field. */
export interface ChallengeFailure {
  ok: false;
  errors: string[];
}
export type ChallengeResult = ParsedChallenge | ChallengeFailure;

/** Reads any value as a challenge. */
export function parseChallenge(value: unknown): ChallengeResult {
  try {
    return parse(value);
  } catch (e) {
    return { ok: false, errors: [`the challenge could not be read (${String(e)})`] };
  }
}

function parse(value: unknown): ChallengeResult {
  const shaped = challengeSchema.safeParse(value);
  if (!shaped.success)
    return { ok: false, errors: describeIssues(shaped.error).map((e) => `challenge ${formatError(e)}`) };
  const raw = shaped.data;
  const decoded = decode(JSON.stringify(raw.start), 'file');
  if (!decoded.ok) {
    const details = decoded.detail.map((e) => `start ${formatError(e)}`);
    return { ok: false, errors: [`the starting diagram: ${decoded.message}`, ...details] };
  }
  const start = decoded.doc;
  const challenge = raw as unknown as Challenge;
  const errors = referenceProblems(challenge, start);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, challenge, start };
}

/** Ids and names the challenge uses that its start does not have. */
export function referenceProblems(challenge: Challenge, start: FaultlineDocument): string[] {
  const errors: string[] = [];
  const nodes = new Map(start.nodes.map((n) => [n.id, n]));
  const edges = new Map(start.edges.map((e) => [e.id, e]));
  for (const [id, params] of Object.entries(challenge.allowed.params)) {
    const node = nodes.get(id);
    if (!node) {
      errors.push(`allowed.params: the start has no node "${id}"`);
      continue;
    }
    const known = nodeParamNames(node.kind);
    for (const p of params)
      if (!known.has(p)) errors.push(`allowed.params.${id}: a ${node.kind} has no parameter "${p}"`);
  }
  for (const [id, params] of Object.entries(challenge.allowed.edges)) {
    const edge = edges.get(id);
    if (!edge) {
      errors.push(`allowed.edges: the start has no edge "${id}"`);
      continue;
    }
    const known = edgeParamNames(edge.kind);
    for (const p of params)
      if (!known.has(p)) errors.push(`allowed.edges.${id}: an ${edge.kind} edge has no parameter "${p}"`);
  }
  if (challenge.allowed.addKinds.includes('client'))
    errors.push('allowed.addKinds: clients cannot be added (the traffic is locked)');
  challenge.goals.forEach((goal, i) => {
    const client = 'client' in goal ? goal.client : undefined;
    if (client !== undefined && nodes.get(client)?.kind !== 'client')
      errors.push(`goals[${i}].client: the start has no client "${client}"`);
    if (goal.kind === 'utilisation' && !nodes.has(goal.node))
      errors.push(`goals[${i}].node: the start has no node "${goal.node}"`);
  });
  if (new Set(challenge.seeds).size !== challenge.seeds.length)
    errors.push('seeds: each seed may appear once');
  return errors;
}
