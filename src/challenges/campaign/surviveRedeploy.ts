import { rpcChainRedeploy } from '../../scenarios/rpcChainRedeploy';
import { defineChallenge } from '../format';

/**
 * The first level: the RPC chain of the first lesson fails every request while payments
 * restarts. Put a queue between orders and payments and keep the client informed.
 */
export const surviveRedeploy = defineChallenge({
  id: 'survive-redeploy',
  title: 'Survive a redeploy',
  difficulty: 'easy',
  brief:
    'Payments is redeployed at 20 s and is down for 10 s; today every request that needs it fails. Change the design so that no client request fails, no payment is lost, and every payment completes within 15 s.',
  start: {
    ...rpcChainRedeploy,
    title: 'Survive a redeploy',
    description: 'client → orders → payments, all RPC. Payments restarts at 20 s for 10 s.',
    lesson: [],
  },
  allowed: {
    addKinds: ['queue'],
    params: { client: ['completion', 'pollIntervalS'] },
    edges: { 'orders-payments': ['async'] },
  },
  goals: [
    { kind: 'clientSuccess', min: 1 },
    { kind: 'nothingLost', allowDeadLettered: 0, allowExpired: 0 },
    { kind: 'completionP99', maxMs: 15_000 },
  ],
  budget: 300,
  hints: [
    'Orders does not need the payment to be done before it answers: it needs it to be recorded.',
    'Put a queue between orders and payments: delete the orders → payments call, add a queue, and connect orders → queue → payments.',
    'The client is told "accepted" at once; tell it when the payment is done by push or by polling (the client\'s completion setting).',
  ],
  debrief:
    'The queue turned a 10 s outage into a 10 s delay: orders answered "accepted" at once, messages waited while payments restarted, and it drained the backlog when it came back. Nothing failed; some payments completed late, and the client learned of it by push.',
  seeds: [1, 2, 3, 4, 5],
});
