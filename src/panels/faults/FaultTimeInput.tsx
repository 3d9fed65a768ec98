import { useState } from 'react';
import type { ActionResult } from '../../store/documentStore';
import { useDocumentStore } from '../../store/documentStore';
import { updateFault } from '../../store/edits/faults';
import { parseNumber } from '../inspector/fieldValue';
import { useFieldCommit } from '../inspector/useFieldCommit';

export interface FaultTimeInputProps {
  id: string;
  /** The input's accessible name ("Start of crash on orders (s)"). */
  label: string;
  faultId: string;
  field: 'startS' | 'durationS';
  value: number;
  min: number;
  /** The schema's message while the text is invalid, null once it is valid or left. */
  onProblem: (message: string | null) => void;
}

/**
 * A fault's start or duration, in seconds, applied like the inspector's fields: only a
 * whole valid text, at once, one undo step per visit; while the text is invalid nothing
 * typed on the way to it is kept (useFieldCommit), and leaving the field shows the time the
 * fault holds again.
 */
export function FaultTimeInput({ id, label, faultId, field, value, min, onProblem }: FaultTimeInputProps) {
  const apply = (v: unknown): ActionResult => {
    const r = updateFault(useDocumentStore.getState().doc, faultId, { [field]: v });
    if (!r.ok) return r;
    useDocumentStore.getState().update(() => r.doc);
    return { ok: true, created: [] };
  };
  const { commit, refuse, endVisit } = useFieldCommit(apply, value);
  const [draft, setDraft] = useState(() => String(value));
  const [shown, setShown] = useState(value);
  const [invalid, setInvalid] = useState(false);
  // Changed under the input (undo, the run writing the timeline): show it, unless an
  // invalid text is waiting (then the change is this input's own withdrawal).
  if (!Object.is(shown, value)) {
    setShown(value);
    if (!invalid && !Object.is(parseNumber(draft), value)) setDraft(String(value));
  }
  return (
    <input
      id={id}
      type="number"
      min={min}
      step={0.5}
      value={draft}
      aria-label={label}
      aria-invalid={invalid || undefined}
      onChange={(e) => {
        const text = e.currentTarget.value;
        setDraft(text);
        const r = commit(parseNumber(text), text);
        if (!r.ok) refuse(text);
        setInvalid(!r.ok);
        onProblem(r.ok ? null : r.reason);
      }}
      onBlur={() => {
        endVisit();
        if (!invalid) return;
        setDraft(String(value));
        setInvalid(false);
        onProblem(null);
      }}
    />
  );
}
