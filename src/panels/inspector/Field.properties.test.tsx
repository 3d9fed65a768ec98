// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { edgeSchema } from '../../model/edges';
import { nodeSchema } from '../../model/nodes';
import { scenarioSchema } from '../../model/scenario';
import { documentSchema, type FaultlineDocument } from '../../model/schema';
import { useDocumentStore } from '../../store/documentStore';
import { loadEditing } from '../../store/editing';
import { useSelectionStore } from '../../store/selectionStore';
import { EDGE_FIELDS, type FieldSpec, NODE_FIELDS, SCENARIO_FIELDS } from './fieldSpecs';
import { fieldProblem, getIn, parseNumber } from './fieldValue';
import { Inspector } from './Inspector';
import { renderInspector } from './inspectorTesting';

// The checked edits are fetched after startup in the app (store/editing.ts); these tests edit.
beforeAll(async () => {
  await loadEditing();
});

/**
 * Every numeric field of the inspector, typed into the way a person types: one character
 * at a time. At every keystroke the document holds either the whole text's value (when
 * the schema accepts it) or the value it had before the visit — never a value typed on the
 * way ("2" of "2.5", "500000" of "5000000"); leaving the field shows what the document holds.
 */

/** A diagram in which every parameter applies (log-normal times, bursts, polling, closed-loop users, retries and their budget, a breaker, slowdown under load, a maximum wait, a rate limit, autoscaling, a cache, a load balancer with health checks and ejection). */
function everyFieldDocument(): FaultlineDocument {
  return documentSchema.parse({
    version: 3,
    title: 'Every field',
    nodes: [
      {
        id: 'client',
        kind: 'client',
        label: 'Client',
        position: { x: 0, y: 0 },
        arrival: 'burst',
        completion: 'poll',
      },
      {
        id: 'users',
        kind: 'client',
        label: 'Users',
        position: { x: 0, y: 300 },
        loop: 'closed',
        thinkTime: { distribution: 'lognormal', meanMs: 500, spread: 0.5 },
      },
      {
        id: 'svc',
        kind: 'service',
        label: 'Service',
        position: { x: 300, y: 0 },
        backlogLimit: 50,
        serviceTime: { distribution: 'lognormal', meanMs: 20, spread: 0.5 },
        loadFactor: { curve: 'linear' },
        maxWaitMs: 500,
        rateLimit: { enabled: true },
        autoscale: { enabled: true },
      },
      { id: 'q', kind: 'queue', label: 'Queue', position: { x: 600, y: 0 }, capacity: 500, ttlS: 60 },
      {
        id: 'worker',
        kind: 'service',
        label: 'Worker',
        position: { x: 900, y: 0 },
        maxWaitMs: 500,
        autoscale: { enabled: true, metric: 'queueDepth' },
      },
      {
        id: 'db',
        kind: 'database',
        label: 'Database',
        position: { x: 600, y: 300 },
        backlogLimit: 50,
        latency: { distribution: 'uniform', meanMs: 5, spread: 0.5 },
        loadFactor: { curve: 'exponential' },
        maxWaitMs: 500,
      },
      { id: 'cache', kind: 'cache', label: 'Cache', position: { x: 300, y: 300 }, ttlS: 60 },
      {
        id: 'lb',
        kind: 'balancer',
        label: 'Balancer',
        position: { x: 300, y: 600 },
        healthCheck: { enabled: true },
        outlierEjection: { enabled: true },
      },
    ],
    edges: [
      { id: 'client-svc', kind: 'rpc', source: 'client', target: 'svc' },
      { id: 'users-svc', kind: 'rpc', source: 'users', target: 'svc' },
      {
        id: 'svc-db',
        kind: 'rpc',
        source: 'svc',
        target: 'db',
        retry: {
          maxAttempts: 3,
          backoff: 'exponential',
          baseMs: 100,
          capMs: 5000,
          jitter: 'full',
          budget: true,
        },
        breaker: { enabled: true },
      },
      { id: 'svc-q', kind: 'async', source: 'svc', target: 'q' },
      { id: 'q-worker', kind: 'async', source: 'q', target: 'worker' },
      { id: 'cache-db', kind: 'rpc', source: 'cache', target: 'db' },
      { id: 'lb-svc', kind: 'rpc', source: 'lb', target: 'svc' },
    ],
    scenario: { durationS: 60, seed: 1, faults: [] },
  });
}

type Numeric = Extract<FieldSpec, { control: 'number' | 'limit' }>;
const isNumeric = (s: FieldSpec): s is Numeric => s.control === 'number' || s.control === 'limit';

interface Case {
  where: string;
  spec: Numeric;
  select: () => void;
  item: (doc: FaultlineDocument) => Record<string, unknown>;
  schema: z.ZodType;
}

function cases(): Case[] {
  const doc = everyFieldDocument();
  const out: Case[] = [];
  // Only where the field is shown (it applies to the item).
  const shown = (spec: FieldSpec, item: unknown) => spec.appliesTo?.(item as Record<string, unknown>) ?? true;
  for (const n of doc.nodes) {
    for (const spec of NODE_FIELDS[n.kind].filter((s) => isNumeric(s) && shown(s, n)) as Numeric[]) {
      out.push({
        where: n.id,
        spec,
        select: () => useSelectionStore.getState().select([n.id], []),
        item: (d) => d.nodes.find((x) => x.id === n.id) as unknown as Record<string, unknown>,
        schema: nodeSchema,
      });
    }
  }
  for (const e of doc.edges) {
    const specs = EDGE_FIELDS[e.kind].filter(
      (s) => isNumeric(s) && shown(s, e) && (s.path[0] !== 'weight' || e.source === 'client'),
    ) as Numeric[];
    for (const spec of specs) {
      out.push({
        where: e.id,
        spec,
        select: () => useSelectionStore.getState().select([], [e.id]),
        item: (d) => d.edges.find((x) => x.id === e.id) as unknown as Record<string, unknown>,
        schema: edgeSchema,
      });
    }
  }
  for (const spec of SCENARIO_FIELDS.filter(isNumeric)) {
    out.push({
      where: 'scenario',
      spec,
      select: () => useSelectionStore.getState().clear(),
      item: (d) => d.scenario as unknown as Record<string, unknown>,
      schema: scenarioSchema,
    });
  }
  return out;
}

/** Texts a person may end up with in a field of `spec`: in range or not, whole or not, or not a number. */
function finalText(spec: Numeric): fc.Arbitrary<string> {
  const { min, max } = spec;
  return fc.oneof(
    fc.integer({ min: Math.ceil(min), max: Math.floor(max) }).map(String),
    fc
      .double({ min, max, noNaN: true, noDefaultInfinity: true })
      .map((v) => String(Math.round(v * 1000) / 1000)),
    fc.integer({ min: Math.floor(max) + 1, max: Math.floor(max) * 100 + 100 }).map(String),
    fc.integer({ min: 1, max: 9 }).map((d) => `${Math.floor(max)}${d}`),
    fc.double({ min: 0.01, max: 0.99, noNaN: true }).map((f) => String(Math.floor(max / 2) + f)),
    fc.constantFrom('', '-5', '0', '2.5', '1e3', '0.5', `${max * 10}`, `${min}`, '5000000', '2000000'),
  );
}

afterEach(cleanup);

describe('numeric fields: a text is applied whole or not at all', () => {
  const all = cases();

  it('covers every numeric field of every node kind, edge kind and the scenario', async () => {
    const labels = new Set(all.map((c) => c.spec.label));
    for (const specs of [...Object.values(NODE_FIELDS), ...Object.values(EDGE_FIELDS), SCENARIO_FIELDS])
      for (const s of specs.filter(isNumeric)) expect(labels).toContain(s.label);
  });

  for (const c of all) {
    it(`${c.where}: ${c.spec.label}`, async () => {
      await fc.assert(
        fc.asyncProperty(finalText(c.spec), async (text) => {
          act(() => {
            useDocumentStore.getState().replaceDocument(everyFieldDocument());
            c.select();
          });
          const { unmount } = await renderInspector(<Inspector />);
          try {
            const input = screen.getByLabelText(c.spec.label, { selector: 'input' }) as HTMLInputElement;
            const before = getIn(c.item(useDocumentStore.getState().doc), c.spec.path);
            const pastSteps = useDocumentStore.temporal.getState().pastStates.length;
            const holds = () => getIn(c.item(useDocumentStore.getState().doc), c.spec.path);
            let last = before;
            for (let i = 1; i <= text.length || i === 1; i++) {
              fireEvent.change(input, { target: { value: text.slice(0, i) } });
              // What the input holds (the browser may refuse some text in a number input).
              const typed = parseNumber(input.value);
              const item = c.item(useDocumentStore.getState().doc);
              const valid = fieldProblem(c.schema, item, c.spec.path, typed) === null;
              last = valid ? typed : before;
              expect(holds()).toBe(last);
              // Whatever the text, the document stays within the field's range.
              const v = holds();
              if (typeof v === 'number') {
                expect(v).toBeGreaterThanOrEqual(c.spec.min);
                expect(v).toBeLessThanOrEqual(c.spec.max);
              }
              expect(screen.queryByRole('alert') === null).toBe(valid);
            }
            // One visit, at most one undo step.
            const steps = useDocumentStore.temporal.getState().pastStates.length - pastSteps;
            expect(steps).toBe(Object.is(last, before) ? 0 : 1);
            fireEvent.blur(input);
            expect(input.value).toBe(String(holds()));
            expect(screen.queryByRole('alert')).toBeNull();
          } finally {
            unmount();
          }
        }),
        { numRuns: 5 },
      );
    });
  }
});
