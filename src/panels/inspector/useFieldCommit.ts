import { useRef } from 'react';
import { type ActionResult, mergeIntoLastStep } from '../../store/documentStore';

/**
 * Applies a field's valid values at once, yet makes one undo step per visit to the field:
 * the first change is a new step, later ones (while the field keeps focus) join it.
 * `endVisit` goes on blur.
 */
export function useFieldCommit(apply: (value: unknown) => ActionResult) {
  const stepTaken = useRef(false);
  return {
    commit(value: unknown): ActionResult {
      const r = stepTaken.current ? mergeIntoLastStep(() => apply(value)) : apply(value);
      if (r.ok) stepTaken.current = true;
      return r;
    },
    endVisit() {
      stepTaken.current = false;
    },
  };
}
