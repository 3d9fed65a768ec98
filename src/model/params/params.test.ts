import { describe, expect, it } from 'vitest';
import { createEdge, createFault, createNode } from '../defaults';
import { edgeSchema } from '../edges';
import { NODE_KINDS, nodeSchema } from '../nodes';
import { FAULT_KINDS, faultSchema, scenarioSchema } from '../scenario';
import { EDGE_COMMON_PARAMS, RPC_PARAMS } from './edgeParams';
import { FAULT_PARAMS } from './faultParams';
import { NODE_PARAMS } from './nodeParams';
import { SCENARIO_PARAMS } from './scenarioParams';
import { flattenParams, type ParamList } from './types';

type Obj = Record<string, unknown>;
const getIn = (item: unknown, path: readonly string[]) =>
  path.reduce<unknown>((v, k) => (v as Obj | undefined)?.[k], item);
const setIn = (item: Obj, [head, ...rest]: readonly string[], value: unknown): Obj => ({
  ...item,
  [head]: rest.length === 0 ? value : setIn((item[head] as Obj) ?? {}, rest, value),
});
/** The error message at `path` when `value` is put there, or null when the schema takes it. */
function problem(
  schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { message: string }[] } } },
  item: Obj,
  path: readonly string[],
  value: unknown,
) {
  const r = schema.safeParse(setIn(item, path, value));
  return r.success ? null : (r.error?.issues[0]?.message ?? 'refused');
}

const items: {
  name: string;
  list: ParamList;
  item: Obj;
  schema: typeof nodeSchema | typeof edgeSchema | typeof scenarioSchema | typeof faultSchema;
  /** The fields that are not parameters (identity, placement, lists). */
  base: readonly string[];
}[] = [
  ...NODE_KINDS.map((kind) => ({
    name: kind,
    list: NODE_PARAMS[kind],
    item: createNode(kind, 'n', 'N') as unknown as Obj,
    schema: nodeSchema,
    base: ['id', 'kind', 'label', 'position'],
  })),
  {
    name: 'rpc',
    list: { ...EDGE_COMMON_PARAMS, ...RPC_PARAMS },
    item: createEdge('rpc', 'e', 'a', 'b') as unknown as Obj,
    schema: edgeSchema,
    base: ['id', 'kind', 'label', 'source', 'target'],
  },
  {
    name: 'async',
    list: EDGE_COMMON_PARAMS,
    item: createEdge('async', 'e', 'a', 'b') as unknown as Obj,
    schema: edgeSchema,
    base: ['id', 'kind', 'label', 'source', 'target'],
  },
  ...FAULT_KINDS.map((kind) => ({
    name: `${kind} fault`,
    list: FAULT_PARAMS[kind],
    item: createFault(kind, 'f', 't', 0, 1) as unknown as Obj,
    schema: faultSchema,
    base: ['id', 'kind', 'target', 'startS', 'durationS'],
  })),
  {
    name: 'scenario',
    list: SCENARIO_PARAMS,
    item: scenarioSchema.parse({}) as unknown as Obj,
    schema: scenarioSchema,
    base: ['faults', 'traffic'],
  },
];

describe('parameter declarations and the schema agree', () => {
  for (const { name, list, item, schema } of items) {
    it(`${name}: every default is the declared one, every range the declared one`, () => {
      for (const { path, param } of flattenParams(list)) {
        const at = `${name}.${path.join('.')}`;
        expect(getIn(item, path), at).toEqual(param.default);
        if (param.type === 'number' || param.type === 'limit') {
          expect(problem(schema, item, path, param.min), at).toBeNull();
          expect(problem(schema, item, path, param.max), at).toBeNull();
          const below = problem(schema, item, path, param.min - 0.5);
          expect(below, at).toContain(`from ${param.min} to ${param.max}`);
          expect(problem(schema, item, path, param.max + 1), at).toContain(
            `from ${param.min} to ${param.max}`,
          );
          if (param.whole) expect(problem(schema, item, path, param.min + 0.5), at).toContain('whole number');
          if (param.type === 'limit') {
            expect(problem(schema, item, path, param.word), at).toBeNull();
            expect(problem(schema, item, path, param.restore), at).toBeNull();
          }
          if (param.type === 'number' && param.unit && !param.whole) expect(below, at).toContain(param.unit);
        }
        if (param.type === 'choice') {
          for (const o of param.options) expect(problem(schema, item, path, o), at).toBeNull();
          expect(problem(schema, item, path, 'no-such-choice'), at).toContain(param.options.join(', '));
        }
        if (param.type === 'toggle') {
          expect(problem(schema, item, path, !param.default), at).toBeNull();
          expect(problem(schema, item, path, 'yes'), at).toBe('must be true or false');
        }
      }
    });
  }

  it('every parameter in the schema is declared (nothing is added to the schema by hand)', () => {
    for (const { name, list, item, base } of items) {
      const declared = Object.keys(list);
      const inSchema = Object.keys(item).filter((k) => !base.includes(k));
      expect(inSchema, name).toEqual(declared);
    }
  });
});
