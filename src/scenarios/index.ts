/**
 * The scenario library: built-in documents with a title, a "what to watch" paragraph
 * (the document's description) and lesson steps, ready for the gallery and for presenting.
 * docs/scenarios.md lists them; scenarios.test.ts checks each one's claim through the engine.
 */
import type { StoredDocument } from '../model';
import { autoscaleSurge } from './autoscaleSurge';
import { backoffJitter } from './backoffJitter';
import { bulkhead } from './bulkhead';
import { circuitBreaker } from './circuitBreaker';
import { coldCache, coldCacheFixed } from './coldCache';
import { dailyPeak } from './dailyPeak';
import { deadlines } from './deadlines';
import { deathSpiral, deathSpiralFixed } from './deathSpiral';
import { fanOut } from './fanOut';
import { hangVsRefuse } from './hangVsRefuse';
import { loadShedding } from './loadShedding';
import { loadTestLied } from './loadTestLied';
import { poisonMessages } from './poisonMessages';
import { pollVsPush } from './pollVsPush';
import { queueingTheory } from './queueingTheory';
import { queueRedeploy } from './queueRedeploy';
import { retryBudget } from './retryBudget';
import { retryStorm, retryStormFixed } from './retryStorm';
import { rollingRedeploy } from './rollingRedeploy';
import { rpcChainRedeploy } from './rpcChainRedeploy';
import { sinkholing } from './sinkholing';

export interface BuiltInScenario {
  /** Stable id: used by the command line, links (`?scenario=`) and the gallery. */
  id: string;
  title: string;
  /** "What to watch": the document's description, for the learner. */
  whatToWatch: string;
  document: StoredDocument;
}

function scenario(id: string, document: StoredDocument): BuiltInScenario {
  return { id, title: document.title ?? id, whatToWatch: document.description ?? '', document };
}

/** Every built-in scenario, in the gallery's order. */
export const BUILT_IN_SCENARIOS: readonly BuiltInScenario[] = [
  scenario('rpc-chain-redeploy', rpcChainRedeploy),
  scenario('queue-redeploy', queueRedeploy),
  scenario('hang-vs-refuse', hangVsRefuse),
  scenario('retry-storm', retryStorm),
  scenario('retry-storm-fixed', retryStormFixed),
  scenario('death-spiral', deathSpiral),
  scenario('death-spiral-fixed', deathSpiralFixed),
  scenario('backoff-jitter', backoffJitter),
  scenario('circuit-breaker', circuitBreaker),
  scenario('bulkhead', bulkhead),
  scenario('load-shedding', loadShedding),
  scenario('poison-messages', poisonMessages),
  scenario('fan-out', fanOut),
  scenario('poll-vs-push', pollVsPush),
  scenario('rolling-redeploy', rollingRedeploy),
  scenario('retry-budget', retryBudget),
  scenario('deadlines', deadlines),
  scenario('autoscale-surge', autoscaleSurge),
  scenario('load-test-lied', loadTestLied),
  scenario('daily-peak', dailyPeak),
  scenario('cold-cache', coldCache),
  scenario('cold-cache-fixed', coldCacheFixed),
  scenario('sinkholing', sinkholing),
  scenario('queueing-theory', queueingTheory),
];

const byId = new Map(BUILT_IN_SCENARIOS.map((s) => [s.id, s]));

/** The built-in scenario with this id, or undefined. */
export function getScenario(id: string): BuiltInScenario | undefined {
  return byId.get(id);
}

export {
  autoscaleSurge,
  backoffJitter,
  bulkhead,
  circuitBreaker,
  coldCache,
  coldCacheFixed,
  dailyPeak,
  deadlines,
  deathSpiral,
  deathSpiralFixed,
  fanOut,
  hangVsRefuse,
  loadShedding,
  poisonMessages,
  pollVsPush,
  queueingTheory,
  queueRedeploy,
  retryBudget,
  retryStorm,
  retryStormFixed,
  rollingRedeploy,
  rpcChainRedeploy,
  sinkholing,
};
