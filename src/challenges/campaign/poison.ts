import { defineChallenge } from '../format';
import { async, client, queue, rpc, service, startDocument } from './build';

/** Level 7: poison messages retried without end eat the consumer; a delivery cap dead-letters them. */
export const poison = defineChallenge({
  id: 'poison',
  title: 'Poison in the queue',
  difficulty: 'medium',
  brief:
    'One payment message in fifty can never be processed: it fails every time. The queue delivers each up to 100 times, and payments spends its workers on them while good payments wait. Get every good payment done within 2 s (completion p99); poison messages may be dead-lettered (up to 100).',
  start: startDocument(
    'Poison in the queue',
    'client → orders → payments queue → payments. 2 % of messages are poison.',
    [
      client('client', 'client', 50),
      service('orders', 'orders', 1, 8, 20),
      queue('payments-queue', 'payments queue', 2, { maxAttempts: 100, poisonRate: 0.02 }),
      service('payments', 'payments', 3, 4, 30),
    ],
    [
      rpc('client-orders', 'client', 'orders'),
      async('orders-publish', 'orders', 'payments-queue'),
      async('payments-consume', 'payments-queue', 'payments'),
    ],
    { durationS: 45 },
  ),
  allowed: { params: { 'payments-queue': ['maxAttempts', 'ackTimeoutMs'] } },
  goals: [
    { kind: 'completionP99', maxMs: 2000 },
    { kind: 'nothingLost', allowDeadLettered: 100, allowExpired: 0 },
  ],
  budget: 250,
  hints: [
    "How much of payments' time goes to messages that will never succeed?",
    'A message that failed three times will fail the hundredth time too.',
    "Lower the queue's maximum delivery attempts: after them the message goes to the dead-letter queue.",
  ],
  debrief:
    'Capped at a few deliveries, a poison message costs payments a few attempts and then waits in the dead-letter queue for a person, instead of looping and starving the good messages.',
  seeds: [1, 2, 3, 4, 5],
});
