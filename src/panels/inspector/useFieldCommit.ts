import { useRef } from 'react';
import { type ActionResult, mergeIntoLastStep, useDocumentStore } from '../../store/documentStore';

/** One visit to a field that has changed the document: what it held before, and the undo step made. */
interface Visit {
  before: unknown;
  /** The undo history's entry the visit's first change made (zundo keeps entries as they are). */
  step: unknown;
}

const lastStep = (): unknown => useDocumentStore.temporal.getState().pastStates.at(-1);

/**
 * Applies a field's valid values at once, yet makes one undo step per visit to the field:
 * the first change is a new step, later ones (while the field keeps focus) join it.
 * `withdraw` takes the visit's changes back when the text stops being valid: the document
 * then holds what it held before the visit ("2.5" workers must not leave the 2 typed on the
 * way). `current` is the value the document holds now; `endVisit` goes on blur.
 */
export function useFieldCommit(apply: (value: unknown) => ActionResult, current?: unknown) {
  const visit = useRef<Visit | null>(null);
  return {
    commit(value: unknown): ActionResult {
      if (visit.current) return mergeIntoLastStep(() => apply(value));
      const r = apply(value);
      if (r.ok) visit.current = { before: current, step: lastStep() };
      return r;
    },
    withdraw(): void {
      const v = visit.current;
      if (!v) return;
      visit.current = null;
      const history = useDocumentStore.temporal;
      if (lastStep() === v.step) {
        // Nothing else was recorded since: drop the visit's step, leaving no trace in undo or redo.
        history.getState().undo();
        history.setState({ futureStates: [] });
      } else {
        mergeIntoLastStep(() => apply(v.before));
      }
    },
    endVisit() {
      visit.current = null;
    },
  };
}
