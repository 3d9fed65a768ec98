import type { EdgeKind, NodeKind } from '../../model/kinds';
import { EDGE_COMMON_PARAMS, EDGE_PARAMS } from '../../model/params/edgeParams';
import { NODE_PARAMS } from '../../model/params/nodeParams';
import { SCENARIO_PARAMS } from '../../model/params/scenarioParams';
import {
  flattenParams,
  PARAM_GROUPS,
  type ParamGroup,
  type ParamList,
  type ParamOwner,
} from '../../model/params/types';
import { getIn } from './fieldValue';

/** The inspector's groups, in the order shown. */
export const GROUPS = PARAM_GROUPS;
export type Group = ParamGroup;

/**
 * One parameter as the inspector shows it: its declaration in src/model/params/ with the
 * path where it lives in the node or edge ("serviceTime.meanMs"). The ranges are the
 * declared ones, so the input can say them; the schema, built from the same declarations,
 * stays the judge of what is valid.
 */
export type FieldSpec = {
  path: readonly string[];
  label: string;
  group: Group;
  help?: string;
  /**
   * Whether the parameter matters for this item; when it does not (the spread of an
   * exponential distribution, backoff with one attempt), it is hidden: every field shown
   * changes what the engine does.
   */
  appliesTo?: (item: Record<string, unknown>) => boolean;
} & (
  | { control: 'number'; unit?: string; min: number; max: number; step?: number }
  | { control: 'choice'; options: readonly string[] }
  | { control: 'toggle' }
  /** A number, or a word meaning "no limit" ("unlimited", "none") chosen by a checkbox. */
  | {
      control: 'limit';
      unit?: string;
      min: number;
      max: number;
      word: string;
      wordLabel: string;
      restore: number;
    }
);

/** The object at `path` inside `item` (the owner a nested parameter's rule reads). */
function ownerAt(item: Record<string, unknown>, path: readonly string[]): ParamOwner {
  const v = getIn(item, path);
  return v && typeof v === 'object' ? (v as ParamOwner) : {};
}

/** The inspector's fields for every parameter declared in `list`, in declaration order. */
export function fieldSpecsOf(list: ParamList): FieldSpec[] {
  return flattenParams(list).map(({ path, param }) => {
    const { label, group, help, appliesTo: own } = param;
    const parent = path.slice(0, -1);
    // A field of a set that applies only sometimes (a closed loop's think time) follows the set too.
    const set = list[path[0]];
    const setRule = set.type === 'set' && path.length > 1 ? set.appliesTo : undefined;
    const rule =
      setRule && own
        ? (owner: ParamOwner, item: ParamOwner) => setRule(item) && own(owner)
        : setRule
          ? (_owner: ParamOwner, item: ParamOwner) => setRule(item)
          : own;
    const common = {
      path,
      label,
      group,
      ...(help ? { help } : {}),
      ...(rule ? { appliesTo: (item: Record<string, unknown>) => rule(ownerAt(item, parent), item) } : {}),
    };
    switch (param.type) {
      case 'number': {
        const { unit, min, max, step } = param;
        return {
          ...common,
          control: 'number',
          min,
          max,
          ...(unit ? { unit } : {}),
          ...(step ? { step } : {}),
        };
      }
      case 'limit': {
        const { unit, min, max, word, wordLabel, restore } = param;
        return { ...common, control: 'limit', min, max, word, wordLabel, restore, ...(unit ? { unit } : {}) };
      }
      case 'choice':
        return { ...common, control: 'choice', options: param.options };
      default:
        return { ...common, control: 'toggle' };
    }
  });
}

/** Every parameter of each node kind. */
export const NODE_FIELDS = Object.fromEntries(
  Object.entries(NODE_PARAMS).map(([kind, list]) => [kind, fieldSpecsOf(list)]),
) as Record<NodeKind, FieldSpec[]>;

/** Every parameter of each edge kind: those every edge has, then the kind's own. */
export const EDGE_FIELDS = Object.fromEntries(
  Object.entries(EDGE_PARAMS).map(([kind, list]) => [kind, fieldSpecsOf({ ...EDGE_COMMON_PARAMS, ...list })]),
) as Record<EdgeKind, FieldSpec[]>;

/** The run settings the scenario panel shows. */
export const SCENARIO_FIELDS = fieldSpecsOf(SCENARIO_PARAMS);
