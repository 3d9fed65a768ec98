/**
 * The shape of a parameter declaration. Each parameter of a node, edge or scenario is
 * declared once (nodeParams.ts, edgeParams.ts, scenarioParams.ts) with its range, unit,
 * default, label and help; the document schema (paramSchema.ts) and the inspector's fields
 * are both built from these, so they cannot disagree. No zod here: the first render reads
 * some of it, and its JavaScript has a budget (docs/performance.md).
 */

/** The groups parameters are shown in, in order. */
export const PARAM_GROUPS = ['Traffic', 'Capacity', 'Timing', 'Resilience'] as const;
export type ParamGroup = (typeof PARAM_GROUPS)[number];

/** The object that holds a parameter (the item itself, or a nested group such as `retry`). */
export type ParamOwner = Record<string, unknown>;

interface ParamCommon {
  /** The inspector's label. */
  label: string;
  group: ParamGroup;
  help?: string;
  /**
   * Whether the parameter changes what the engine does, given the other values of the object
   * that holds it (the spread of an exponential distribution does not). When it does not, the
   * inspector hides it.
   */
  appliesTo?: (owner: ParamOwner) => boolean;
  /**
   * The document version that introduced the parameter (absent: version 2 or older). A
   * document of an older version that holds it is refused by that version's schema
   * (newerFeatures.ts), so each older version's schema stays what it was.
   */
  since?: number;
}

/** A number in [min, max]; `whole` for counts. `unit` is shown and named in the message. */
export interface NumberParam extends ParamCommon {
  type: 'number';
  min: number;
  max: number;
  whole?: boolean;
  unit?: string;
  /** The input's step (any value when left out). */
  step?: number;
  default: number;
}

/** A number, or a word meaning "no limit" ("unlimited", "none"), chosen by a checkbox. */
export interface LimitParam extends ParamCommon {
  type: 'limit';
  min: number;
  max: number;
  whole?: boolean;
  /** Shown beside the input; not part of the message. */
  unit?: string;
  word: string;
  /** The checkbox's label. */
  wordLabel: string;
  /** The number put back when the checkbox is cleared. */
  restore: number;
  default: number | string;
}

/** One of a fixed list of words. */
export interface ChoiceParam extends ParamCommon {
  type: 'choice';
  options: readonly [string, ...string[]];
  default: string;
}

/** On or off. */
export interface ToggleParam extends ParamCommon {
  type: 'toggle';
  default: boolean;
}

/** One parameter. */
export type Param = NumberParam | LimitParam | ChoiceParam | ToggleParam;

/** Parameters kept together in a nested object (`retry`, `serviceTime`); missing as a whole means all defaults. */
export interface ParamSet {
  type: 'set';
  params: ParamList;
  /** The document version that introduced the set (see ParamCommon.since). */
  since?: number;
  /** Whether the set matters, given the item that holds it (ParamCommon.appliesTo); each of its fields follows. */
  appliesTo?: (owner: ParamOwner) => boolean;
}

/** The parameters of one kind of item, in the document's key order. */
export type ParamList = Readonly<Record<string, Param | ParamSet>>;

/** The value a parameter holds once its default is filled in. */
export type ParamValue<P> = P extends { type: 'number' }
  ? number
  : P extends { type: 'limit'; word: infer W }
    ? number | W
    : P extends { type: 'choice'; options: readonly (infer O)[] }
      ? O
      : P extends { type: 'toggle' }
        ? boolean
        : P extends { type: 'set'; params: infer Q }
          ? { [K in keyof Q]: ParamValue<Q[K]> }
          : never;

/** The value as stored: every parameter may be left out (it takes its default). */
export type StoredParamValue<P> = P extends { type: 'set'; params: infer Q }
  ? { [K in keyof Q]?: StoredParamValue<Q[K]> }
  : ParamValue<P>;

/** Every parameter of `list` with its path (["retry", "baseMs"]), nested sets flattened, in order. */
export function flattenParams(
  list: ParamList,
  prefix: readonly string[] = [],
): { path: readonly string[]; param: Param }[] {
  const out: { path: readonly string[]; param: Param }[] = [];
  for (const [key, entry] of Object.entries(list)) {
    const path = [...prefix, key];
    if (entry.type === 'set') out.push(...flattenParams(entry.params, path));
    else out.push({ path, param: entry });
  }
  return out;
}
