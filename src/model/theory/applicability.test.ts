import { describe, expect, it } from 'vitest';
import { parseDocument } from '../parseDocument';
import type { FaultlineDocument, StoredDocument } from '../schema';
import { applicability } from './applicability';
import { modelName, predict } from './predict';
import { md1MeanMs, mmck } from './queueing';

type StoredNode = StoredDocument['nodes'][number];
type StoredEdge = StoredDocument['edges'][number];

/** A Poisson client at `rate` calling a service with `service`'s parameters over a plain RPC edge. */
function doc(service: Partial<StoredNode> = {}, more: Partial<StoredDocument> = {}): FaultlineDocument {
  const stored = {
    version: 3,
    nodes: [
      { id: 'c', kind: 'client', label: 'client', position: { x: 0, y: 0 }, rate: 80 },
      { id: 's', kind: 'service', label: 'svc', position: { x: 200, y: 0 }, workers: 2, ...service },
      ...((more.nodes ?? []) as StoredNode[]),
    ],
    edges: [{ id: 'e', kind: 'rpc', source: 'c', target: 's' }, ...((more.edges ?? []) as StoredEdge[])],
    scenario: { durationS: 60, seed: 1, faults: [], ...more.scenario },
  } as StoredDocument;
  const parsed = parseDocument(stored);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed));
  return parsed.doc;
}

describe('applicability', () => {
  it('a bounded backlog is M/M/c/K with K = workers + backlog, and its prediction is mmck', () => {
    const a = applicability(doc({ serviceTime: { distribution: 'exponential', meanMs: 20 } }), 's');
    expect(a).toEqual({ applies: true, model: 'M/M/c/K', params: { lambda: 80, mu: 50, c: 2, K: 102 } });
    if (!a.applies) return;
    expect(modelName(a.model, a.params)).toBe('M/M/2/102');
    const p = predict(a.model, a.params);
    const f = mmck({ lambda: 80, mu: 50, c: 2 }, 102);
    expect(p.loss).toBe(f.blocking);
    expect(p.meanInSystem).toBe(f.inSystem);
    expect(p.utilisation).toBeCloseTo(0.8, 6);
  });

  it('constant service on one worker with an unlimited backlog is M/D/1', () => {
    const a = applicability(
      doc({ workers: 1, backlogLimit: 'unlimited', serviceTime: { distribution: 'constant', meanMs: 10 } }),
      's',
    );
    expect(a).toEqual({ applies: true, model: 'M/D/1', params: { lambda: 80, mu: 100, c: 1, K: null } });
    if (a.applies) expect(predict(a.model, a.params).meanTimeMs).toBe(md1MeanMs(80, 100));
  });

  it('splits a client over its edges by weight, and adds clients up', () => {
    const d = doc(
      { backlogLimit: 'unlimited', serviceTime: { distribution: 'exponential', meanMs: 10 } },
      {
        nodes: [
          { id: 'other', kind: 'service', label: 'other', position: { x: 0, y: 200 } },
          { id: 'c2', kind: 'client', label: 'second', position: { x: 0, y: 300 }, rate: 10 },
        ] as StoredNode[],
        edges: [
          { id: 'e2', kind: 'rpc', source: 'c', target: 'other', weight: 3 },
          { id: 'e3', kind: 'rpc', source: 'c2', target: 's' },
        ] as StoredEdge[],
      },
    );
    const a = applicability(d, 's');
    expect(a.applies && a.params.lambda).toBe(80 / 4 + 10);
  });

  it('refuses an overloaded unlimited backlog: no steady state', () => {
    const a = applicability(
      doc({ backlogLimit: 'unlimited', serviceTime: { distribution: 'exponential', meanMs: 40 } }),
      's',
    );
    expect(a.applies).toBe(false);
    if (!a.applies) expect(a.reasons[0]).toMatch(/no steady state: arrivals \(80\/s\).*\(50\/s\)/);
  });

  it('names every broken assumption at once', () => {
    const a = applicability(
      doc({ errorRate: 0.1, serviceTime: { distribution: 'lognormal', meanMs: 10 }, instances: 2 }, {
        scenario: {
          durationS: 60,
          seed: 1,
          faults: [{ id: 'f', kind: 'surge', target: 'c', startS: 5, durationS: 5, factor: 2 }],
        },
      } as Partial<StoredDocument>),
      's',
    );
    expect(a.applies).toBe(false);
    if (a.applies) return;
    expect(a.reasons).toEqual([
      'service time is lognormal: the formulas cover exponential or constant service',
      'an injected error rate fails some requests',
      'requests are spread over 2 instances, each with its own workers and backlog',
      'a fault is active in the window: surge on client from 5 s for 5 s',
    ]);
  });

  it('ignores a fault that starts after the run, and counts live faults passed in', () => {
    const d = doc({ serviceTime: { distribution: 'exponential', meanMs: 10 } });
    const late = { id: 'f', kind: 'crash', target: 's', startS: 100, durationS: 5 } as const;
    expect(applicability(d, 's', [late as never]).applies).toBe(true);
    expect(applicability(d, 's', [{ ...late, startS: 30 } as never]).applies).toBe(false);
  });

  it('names a fault on an edge by its ends, never by its id', () => {
    const d = doc({ serviceTime: { distribution: 'exponential', meanMs: 10 } });
    const partition = { id: 'f', kind: 'partition', target: 'e', startS: 10, durationS: 10 } as const;
    const a = applicability(d, 's', [partition as never]);
    if (a.applies) throw new Error('a partition in the window breaks the assumptions');
    expect(a.reasons).toEqual([
      'a fault is active in the window: partition on client → svc from 10 s for 10 s',
    ]);
  });

  it('says why a node that is not a queue with workers, or a missing one, does not apply', () => {
    const d = doc();
    expect(applicability(d, 'c')).toEqual({
      applies: false,
      reasons: ['a client is not a queue with workers'],
    });
    expect(applicability(d, 'nope')).toEqual({ applies: false, reasons: ['there is no node "nope"'] });
  });
});
