import type { z } from 'zod';
import type { ActionResult } from '../../store/documentStore';
import { useAfterPaint } from '../charts/useAfterPaint';
import { Field } from './Field';
import { type FieldSpec, GROUPS } from './fieldSpecs';
import { fieldProblem, getIn, setIn } from './fieldValue';
import { LockedArea, useLockedFieldsOf } from './Locked';

/**
 * The parameters of one node or edge, grouped (traffic, capacity, timing, resilience).
 * Each change is judged by `schema` and, when valid, sent as a patch of its top-level key.
 *
 * A newly shown item gets its first group in the frame of the click and the others once that
 * frame is painted: a click on a node shows in the inspector at once, even on a slow machine
 * with a run playing (docs/performance.md, "Selection under throttling"). Until then a hidden
 * marker (`data-fields-pending`) says more fields are coming.
 */
export function FieldGroups({
  itemKey,
  item,
  specs,
  schema,
  update,
}: {
  /** Changes when another item is shown, so fields start afresh. */
  itemKey: string;
  item: Record<string, unknown>;
  specs: readonly FieldSpec[];
  schema: z.ZodType;
  update: (patch: Record<string, unknown>) => ActionResult;
}) {
  const complete = useAfterPaint<string | null>(itemKey, null) === itemKey;
  let groupsShown = 0;
  const lockedWhy = useLockedFieldsOf(itemKey);
  return (
    <>
      {GROUPS.map((group) => {
        const fields = specs.filter((s) => s.group === group && (s.appliesTo?.(item) ?? true));
        if (fields.length === 0) return null;
        if (!complete && groupsShown++ > 0) return null;
        return (
          <fieldset key={group} className="fl-group">
            <legend className="fl-group__title">{group}</legend>
            {fields.map((spec) => {
              const key = spec.path[0];
              return (
                <LockedArea key={`${itemKey}/${spec.path.join('.')}`} why={lockedWhy(spec.path.join('.'))}>
                  <Field
                    key={`${itemKey}/${spec.path.join('.')}`}
                    spec={spec}
                    value={getIn(item, spec.path)}
                    problem={(v) => fieldProblem(schema, item, spec.path, v)}
                    apply={(v) => update({ [key]: setIn(item, spec.path, v)[key] })}
                  />
                </LockedArea>
              );
            })}
          </fieldset>
        );
      })}
      {complete ? null : <span hidden data-fields-pending="" />}
    </>
  );
}
