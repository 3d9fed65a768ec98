import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkIntegrity, connectionProblem } from '../model';
import { exampleDocument, useDocumentStore } from './documentStore';
import { loadEditing } from './editing';

beforeAll(async () => {
  await loadEditing();
});

const store = () => useDocumentStore.getState();

beforeEach(() => store().replaceDocument(exampleDocument()));

describe('editing with a load balancer', () => {
  it('joins a balancer by RPC only: in from clients, services and balancers, out to services, databases and balancers', () => {
    for (const source of ['client', 'service', 'balancer'] as const)
      expect(connectionProblem('rpc', source, 'balancer'), source).toBeNull();
    for (const target of ['service', 'database', 'balancer'] as const)
      expect(connectionProblem('rpc', 'balancer', target), target).toBeNull();
    expect(connectionProblem('async', 'client', 'balancer')).toBe(
      'A load balancer passes on RPC calls, not messages.',
    );
    expect(connectionProblem('async', 'balancer', 'queue')).toBe(
      'A load balancer passes on RPC calls, not messages.',
    );
    expect(connectionProblem('rpc', 'balancer', 'queue')).toBe(
      'A load balancer passes calls to services or databases, not to a queue.',
    );
    expect(connectionProblem('rpc', 'balancer', 'client')).toBe(
      'Nothing can call a client: clients only send requests.',
    );
  });

  it('adds a balancer with its defaults, connects it, and refuses to make its edges async', () => {
    store().addNode('balancer', { x: 400, y: 300 });
    const lb = store().doc.nodes.find((n) => n.id === 'balancer-1');
    expect(lb).toMatchObject({ kind: 'balancer', label: 'Balancer 1', strategy: 'roundRobin' });
    expect(store().connect('client', 'balancer-1', 'rpc').ok).toBe(true);
    expect(store().connect('balancer-1', 'payments', 'rpc').ok).toBe(true);
    const refused = store().connect('balancer-1', 'orders', 'async');
    expect(refused).toEqual({ ok: false, reason: 'A load balancer passes on RPC calls, not messages.' });
    const r = store().makeAsync('client-balancer-1');
    expect(r).toEqual({
      ok: false,
      reason: 'A load balancer passes on RPC calls: it cannot publish or consume messages.',
    });
    expect(checkIntegrity(store().doc)).toEqual([]);
  });
});
