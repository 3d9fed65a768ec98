import { defineChallenge } from '../format';
import { client, rpc, service, startDocument } from './build';

/** Level 3: a rolling redeploy only helps with more than one instance. */
export const rollingInstances = defineChallenge({
  id: 'rolling-instances',
  title: 'A redeploy nobody notices',
  difficulty: 'easy',
  brief:
    'Payments is redeployed at 20 s, one instance after another, each down for 10 s. With one instance, that is a 10 s outage. Keep at least 98 % of requests successful, within the budget.',
  start: startDocument(
    'A redeploy nobody notices',
    'client → orders → payments over RPC; payments has one instance and is redeployed at 20 s.',
    [
      client('client', 'client', 50),
      service('orders', 'orders', 1, 8, 20),
      service('payments', 'payments', 2, 8, 30),
    ],
    [rpc('client-orders', 'client', 'orders'), rpc('orders-payments', 'orders', 'payments')],
    {
      durationS: 60,
      faults: [
        {
          id: 'redeploy-payments',
          kind: 'redeploy',
          target: 'payments',
          startS: 20,
          durationS: 10,
          mode: 'refuse',
          healthCheckDelayS: 0.5,
        },
      ],
    },
  ),
  allowed: { params: { payments: ['instances', 'workers'] } },
  goals: [{ kind: 'clientSuccess', min: 0.98 }],
  budget: 300,
  hints: [
    'A redeploy restarts instances one at a time. How many are serving while one restarts?',
    'Give payments more instances; fewer workers each keeps the cost down.',
  ],
  debrief:
    'With several instances a rolling redeploy takes one out at a time, and the others carry the load. Only the calls sent to an instance before the balancer noticed it was gone fail. Capacity is spread, not added: the same workers in more instances cost little more.',
  seeds: [1, 2, 3, 4, 5],
});
