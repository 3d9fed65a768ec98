import { useRef } from 'react';
import { type ActionResult, mergeIntoLastStep, useDocumentStore } from '../../store/documentStore';

/** One visit to a field that has changed the document. */
interface Visit {
  /** What the document held before the visit. */
  before: unknown;
  /** The undo history's entry the visit's first change made (zundo keeps entries as they are). */
  step: unknown;
  /** The texts applied during the visit, in order, with their values. */
  applied: { text: string; value: unknown }[];
}

const lastStep = (): unknown => useDocumentStore.temporal.getState().pastStates.at(-1);

/**
 * Applies a field's valid values at once, yet makes one undo step per visit to the field:
 * the first change is a new step, later ones (while the field keeps focus) join it.
 *
 * A text is applied whole or not at all. Typing "2.5" passes through "2", which is valid
 * and applied at once; when the text then turns invalid, `refuse` takes back every value
 * whose text led up to it ("2", or "5" … "500000" on the way to "5000000"), back to the last
 * value typed whole ("12" before "0" replaced it) or to what the document held before the
 * visit. `current` is the value the document holds now; `endVisit` goes on blur.
 */
export function useFieldCommit(apply: (value: unknown) => ActionResult, current?: unknown) {
  const visit = useRef<Visit | null>(null);

  /** Takes the whole visit back, leaving no trace in undo or redo when nothing else was recorded since. */
  function withdraw(v: Visit): void {
    visit.current = null;
    const history = useDocumentStore.temporal;
    if (lastStep() === v.step) {
      history.getState().undo();
      history.setState({ futureStates: [] });
    } else {
      mergeIntoLastStep(() => apply(v.before));
    }
  }

  return {
    commit(value: unknown, text = String(value)): ActionResult {
      const v = visit.current;
      if (v) {
        const r = mergeIntoLastStep(() => apply(value));
        if (!r.ok) return r;
        // Back where the visit began ("0" on the way to "0.5" when it held 0.5): no undo step
        // that changes nothing is left behind.
        if (Object.is(value, v.before)) withdraw(v);
        else v.applied.push({ text, value });
        return r;
      }
      const r = apply(value);
      if (r.ok) visit.current = { before: current, step: lastStep(), applied: [{ text, value }] };
      return r;
    },
    /** The field's text `text` is invalid: the values typed on the way to it are taken back. */
    refuse(text: string): void {
      const v = visit.current;
      if (!v) return;
      const kept = v.applied.length;
      while (v.applied.length > 0 && text.startsWith(v.applied[v.applied.length - 1].text)) v.applied.pop();
      if (v.applied.length === kept) return;
      const last = v.applied.at(-1);
      if (last) mergeIntoLastStep(() => apply(last.value));
      else withdraw(v);
    },
    endVisit() {
      visit.current = null;
    },
  };
}
