import { useId, useState } from 'react';
import type { ActionResult } from '../../store/documentStore';
import { useFieldCommit } from './useFieldCommit';

/** A labelled text input (a name, the title), applied at once when valid, as one undo step per visit. */
export function TextField({
  label,
  value,
  maxLength,
  apply,
}: {
  label: string;
  value: string;
  maxLength: number;
  apply: (value: string) => ActionResult;
}) {
  const id = useId();
  const { commit, endVisit } = useFieldCommit((v) => apply(String(v)));
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  const [error, setError] = useState<string | null>(null);
  if (shown !== value) {
    setShown(value);
    if (draft !== value) setDraft(value);
  }
  return (
    <div className={`fl-param fl-param--text${error ? ' has-error' : ''}`}>
      <label htmlFor={id} className="fl-param__label">
        {label}
      </label>
      <div className="fl-param__control">
        <input
          id={id}
          type="text"
          value={draft}
          maxLength={maxLength}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            setDraft(e.currentTarget.value);
            const r = commit(e.currentTarget.value);
            setError(r.ok ? null : r.reason);
          }}
          onBlur={endVisit}
        />
      </div>
      {error && (
        <p id={`${id}-error`} className="fl-param__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
