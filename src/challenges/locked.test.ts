import { describe, expect, it } from 'vitest';
import { type FaultlineDocument, parseDocument } from '../model';
import { EDGE_COMMON_PARAMS, EDGE_PARAMS } from '../model/params/edgeParams';
import { NODE_PARAMS } from '../model/params/nodeParams';
import { flattenParams, type Param, type ParamList } from '../model/params/types';
import { CAMPAIGN, getChallenge } from './campaign';
import { lockedPartsDiffer } from './locked';
import { isFreed } from './paramNames';
import { startOf } from './startOf';

const redeploy = getChallenge('survive-redeploy')!;
const breaker = getChallenge('breaker')!;
const bulkhead = getChallenge('bulkhead')!;

/** A copy of the challenge's start to change. */
const startCopy = (id: string): FaultlineDocument => structuredClone(startOf(getChallenge(id)!));

describe('lockedPartsDiffer', () => {
  it('finds nothing in the start itself, nor in moves, renames and a new title', () => {
    const doc = startCopy('survive-redeploy');
    expect(lockedPartsDiffer(redeploy, doc)).toEqual([]);
    doc.title = 'Mine';
    doc.nodes[1].label = 'the orders service';
    doc.nodes[1].position = { x: 5, y: 5 };
    doc.scenario.seed = 99;
    expect(lockedPartsDiffer(redeploy, doc)).toEqual([]);
  });

  it('names a changed fault timeline, traffic pattern and duration', () => {
    const doc = startCopy('survive-redeploy');
    doc.scenario.faults[0].durationS = 1;
    doc.scenario.traffic = [{ target: 'client', atS: 5, rate: 1 }];
    doc.scenario.durationS = 30;
    expect(lockedPartsDiffer(redeploy, doc)).toEqual([
      'the fault timeline was changed',
      'the traffic pattern was changed',
      'the run duration was changed',
    ]);
  });

  it('names a locked parameter, and lets a freed one change', () => {
    const doc = startCopy('survive-redeploy');
    const payments = doc.nodes.find((n) => n.id === 'payments')!;
    if (payments.kind !== 'service') throw new Error('payments is a service');
    payments.workers = 64;
    payments.serviceTime = { ...payments.serviceTime, meanMs: 1 };
    const client = doc.nodes.find((n) => n.id === 'client')!;
    if (client.kind !== 'client') throw new Error('client is a client');
    client.completion = 'poll';
    client.rate = 1;
    expect(lockedPartsDiffer(redeploy, doc)).toEqual([
      "node 'client' parameter rate is locked",
      "node 'payments' parameter workers is locked",
      "node 'payments' parameter serviceTime.meanMs is locked",
    ]);
  });

  it('a freed set frees its fields, not the rest of the edge', () => {
    const doc = startCopy('breaker');
    const edge = doc.edges.find((e) => e.id === 'product-reviews')!;
    if (edge.kind !== 'rpc') throw new Error('rpc');
    edge.breaker = { ...edge.breaker, enabled: true, openS: 7 };
    expect(lockedPartsDiffer(breaker, doc)).toEqual([]);
    edge.retry = { ...edge.retry, maxAttempts: 5 };
    edge.timeoutMs = 100;
    expect(lockedPartsDiffer(breaker, doc)).toEqual([
      "edge 'product-reviews' parameter timeoutMs is locked",
      "edge 'product-reviews' parameter retry.maxAttempts is locked",
    ]);
  });

  it('names removed and changed nodes, added nodes of a kind not allowed, and removed or reconnected edges', () => {
    const doc = startCopy('breaker');
    doc.nodes = doc.nodes.filter((n) => n.id !== 'reviews');
    doc.nodes.push({ ...structuredClone(doc.nodes[1]), id: 'extra' });
    doc.edges = [{ ...doc.edges[0], target: 'extra' }];
    expect(lockedPartsDiffer(breaker, doc)).toEqual([
      "node 'reviews' was removed; it is locked",
      "a service node 'extra' was added, but this challenge allows adding no nodes",
      "edge 'shoppers-product' was reconnected; its ends are locked (shoppers → product)",
      "edge 'product-reviews' (product → reviews) was removed; it is locked",
    ]);
  });

  it('an edge freed for replacement may be rerouted through added nodes, never dropped', () => {
    const doc = startCopy('bulkhead');
    const dropped = doc.edges.find((e) => e.id === 'frontend-recs')!;
    doc.edges = doc.edges.filter((e) => e.id !== 'frontend-recs');
    expect(lockedPartsDiffer(bulkhead, doc)).toEqual([
      "edge 'frontend-recs' was removed, but frontend no longer reaches recs: route it through the nodes you add instead",
    ]);
    doc.nodes.push({ ...structuredClone(doc.nodes[2]), id: 'pool', label: 'pool' });
    doc.edges.push({ ...dropped, id: 'to-pool', target: 'pool' });
    expect(lockedPartsDiffer(bulkhead, doc)).toHaveLength(1);
    doc.edges.push({ ...dropped, id: 'pool-recs', source: 'pool' });
    expect(lockedPartsDiffer(bulkhead, doc)).toEqual([]);
  });

  it('a new edge must touch an added node', () => {
    const doc = startCopy('bulkhead');
    doc.nodes.push({ ...structuredClone(doc.nodes[2]), id: 'pool', label: 'pool' });
    doc.edges.push({ ...structuredClone(doc.edges[1]), id: 'via-pool', target: 'pool' });
    expect(lockedPartsDiffer(bulkhead, doc)).toEqual([]);
    doc.edges.push({
      ...structuredClone(startOf(bulkhead).edges[1]),
      id: 'sneaky',
      source: 'shoppers',
      target: 'recs',
    });
    expect(lockedPartsDiffer(bulkhead, doc)).toEqual([
      "edge 'sneaky' (shoppers → recs) joins two nodes of the start; only nodes you add may be connected",
    ]);
  });

  it('an edge freed to go async may change kind; another may not', () => {
    const doc = startCopy('survive-redeploy');
    doc.edges[1] = {
      id: 'orders-payments',
      kind: 'async',
      source: 'orders',
      target: 'payments',
      label: '',
      weight: 1,
      latencyMs: 5,
    };
    expect(lockedPartsDiffer(redeploy, doc)).toEqual([]);
    doc.edges[0] = {
      id: 'client-orders',
      kind: 'async',
      source: 'client',
      target: 'orders',
      label: '',
      weight: 1,
      latencyMs: 5,
    };
    expect(lockedPartsDiffer(redeploy, doc)).toEqual([
      "edge 'client-orders' was changed from rpc to async; its kind is locked",
    ]);
  });
});

/** A value of `param` other than `value`. */
function otherValue(param: Param, value: unknown): unknown {
  switch (param.type) {
    case 'number':
      return value === param.max ? param.min : param.max;
    case 'limit':
      return value === param.word ? param.restore : param.word;
    case 'choice':
      return param.options.find((o) => o !== value);
    case 'toggle':
      return !value;
  }
}

function setPath(item: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let owner = item;
  for (const key of path.slice(0, -1)) owner = owner[key] as Record<string, unknown>;
  owner[path[path.length - 1]] = value;
}

describe('every locked parameter of every level is guarded', () => {
  it.each(CAMPAIGN.map((c) => [c.id, c] as const))('%s', (_id, challenge) => {
    const start = startOf(challenge);
    let checked = 0;
    for (const [i, node] of start.nodes.entries()) {
      for (const { path, param } of flattenParams(NODE_PARAMS[node.kind] as ParamList)) {
        const name = path.join('.');
        if (isFreed(name, challenge.allowed.params[node.id])) continue;
        const doc = structuredClone(start);
        const item = doc.nodes[i] as unknown as Record<string, unknown>;
        let owner: unknown = item;
        for (const key of path.slice(0, -1)) owner = (owner as Record<string, unknown>)[key];
        setPath(item, path, otherValue(param, (owner as Record<string, unknown>)[path[path.length - 1]]));
        expect(lockedPartsDiffer(challenge, doc, start)).toContain(
          `node '${node.id}' parameter ${name} is locked`,
        );
        checked++;
      }
    }
    for (const [i, edge] of start.edges.entries()) {
      const list = { ...EDGE_COMMON_PARAMS, ...EDGE_PARAMS[edge.kind] } as ParamList;
      for (const { path, param } of flattenParams(list)) {
        const name = path.join('.');
        if (isFreed(name, challenge.allowed.edges[edge.id])) continue;
        const doc = structuredClone(start);
        const item = doc.edges[i] as unknown as Record<string, unknown>;
        let owner: unknown = item;
        for (const key of path.slice(0, -1)) owner = (owner as Record<string, unknown>)[key];
        setPath(item, path, otherValue(param, (owner as Record<string, unknown>)[path[path.length - 1]]));
        expect(lockedPartsDiffer(challenge, doc, start)).toContain(
          `edge '${edge.id}' parameter ${name} is locked`,
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5);
  });
});

it('a solution read through the one parser is compared the same way', () => {
  const doc = parseDocument(JSON.parse(JSON.stringify(startOf(redeploy))));
  expect(doc.ok && lockedPartsDiffer(redeploy, doc.doc)).toEqual([]);
});

describe('every freed parameter of every level may change', () => {
  it.each(CAMPAIGN.map((c) => [c.id, c] as const))('%s', (_id, challenge) => {
    const start = startOf(challenge);
    const doc = structuredClone(start);
    let changed = 0;
    const change = (item: Record<string, unknown>, list: ParamList, freed: readonly string[] | undefined) => {
      for (const { path, param } of flattenParams(list)) {
        if (!isFreed(path.join('.'), freed)) continue;
        let owner: unknown = item;
        for (const key of path.slice(0, -1)) owner = (owner as Record<string, unknown>)[key];
        setPath(item, path, otherValue(param, (owner as Record<string, unknown>)[path[path.length - 1]]));
        changed++;
      }
    };
    doc.nodes.forEach((node) => {
      change(
        node as unknown as Record<string, unknown>,
        NODE_PARAMS[node.kind] as ParamList,
        challenge.allowed.params[node.id],
      );
    });
    doc.edges.forEach((edge) => {
      const list = { ...EDGE_COMMON_PARAMS, ...EDGE_PARAMS[edge.kind] } as ParamList;
      change(edge as unknown as Record<string, unknown>, list, challenge.allowed.edges[edge.id]);
    });
    expect(lockedPartsDiffer(challenge, doc, start)).toEqual([]);
    // Every level frees something, unless it frees only edges to reroute.
    const reroutesOnly = Object.values(challenge.allowed.edges).every((names) =>
      names.every((n) => n === 'async' || n === 'replace'),
    );
    if (Object.keys(challenge.allowed.params).length > 0 || !reroutesOnly) expect(changed).toBeGreaterThan(0);
  });
});
