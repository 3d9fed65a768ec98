import { type ReactNode, useId, useState } from 'react';
import type { ActionResult } from '../../store/documentStore';
import type { FieldSpec } from './fieldSpecs';
import { parseNumber } from './fieldValue';
import { useFieldCommit } from './useFieldCommit';

export interface FieldProps {
  spec: FieldSpec;
  value: unknown;
  /** The schema's verdict on a candidate value: null when valid, else its message. */
  problem: (value: unknown) => string | null;
  apply: (value: unknown) => ActionResult;
}

const rangeText = (min: number, max: number, unit?: string) =>
  `${min.toLocaleString('en-US')}–${max.toLocaleString('en-US')}${unit ? ` ${unit}` : ''}`;

/**
 * One labelled parameter input. A value is applied only when the whole text is valid, at
 * once; while the text is invalid it stays in the field with the schema's message beside
 * it and nothing typed on the way to it is kept (useFieldCommit): the document holds the
 * last value typed whole, or the one it had before the visit. Leaving the field shows that
 * value again.
 */
export function Field({ spec, value, problem, apply }: FieldProps) {
  const id = useId();
  const { commit, refuse, endVisit } = useFieldCommit(apply, value);
  const [draft, setDraft] = useState(() => String(value));
  const [shown, setShown] = useState(value);
  const [error, setError] = useState<string | null>(null);
  // The document changed under the field (undo, another edit): show the new value. Not
  // while an invalid text waits with its message: that change is the field's own taking back.
  if (!Object.is(shown, value)) {
    setShown(value);
    if (error === null && !Object.is(parseNumber(draft), value)) setDraft(String(value));
  }
  /** Tries a candidate value; `text` is what the person typed (for a number field). */
  const tryValue = (candidate: unknown, text?: string) => {
    const message = problem(candidate);
    if (message !== null) {
      setError(message);
      refuse(text ?? '');
      return;
    }
    const r = commit(candidate, text);
    setError(r.ok ? null : r.reason);
  };
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy = [spec.help ? helpId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;

  let control: ReactNode;
  if (spec.control === 'toggle') {
    control = (
      <input
        id={id}
        type="checkbox"
        checked={value === true}
        aria-describedby={describedBy}
        onChange={(e) => tryValue(e.currentTarget.checked)}
        onBlur={endVisit}
      />
    );
  } else if (spec.control === 'choice') {
    control = (
      <select
        id={id}
        value={String(value)}
        aria-describedby={describedBy}
        onChange={(e) => tryValue(e.currentTarget.value)}
        onBlur={endVisit}
      >
        {spec.options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    );
  } else {
    const isWord = spec.control === 'limit' && value === spec.word;
    control = (
      <span className="fl-param__number">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          min={spec.min}
          max={spec.max}
          step={spec.control === 'number' && spec.step ? spec.step : 'any'}
          value={isWord ? '' : draft}
          disabled={isWord}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            const text = e.currentTarget.value;
            setDraft(text);
            tryValue(parseNumber(text), text);
          }}
          onBlur={() => {
            endVisit();
            // Leaving an invalid entry: show the value the document kept.
            if (error) {
              setDraft(String(value));
              setError(null);
            }
          }}
        />
        {spec.unit && <span className="fl-param__unit">{spec.unit}</span>}
      </span>
    );
  }

  return (
    <div className={`fl-param fl-param--${spec.control}${error ? ' has-error' : ''}`}>
      <label htmlFor={id} className="fl-param__label">
        {spec.label}
      </label>
      <div className="fl-param__control">
        {control}
        {spec.control === 'limit' && (
          <label className="fl-param__word">
            <input
              type="checkbox"
              checked={value === spec.word}
              onChange={(e) => tryValue(e.currentTarget.checked ? spec.word : spec.restore)}
            />
            {spec.wordLabel}
          </label>
        )}
      </div>
      {spec.control === 'number' || spec.control === 'limit' ? (
        <span className="fl-param__range">{rangeText(spec.min, spec.max, spec.unit)}</span>
      ) : null}
      {spec.help && (
        <p id={helpId} className="fl-param__help">
          {spec.help}
        </p>
      )}
      {error && (
        <p id={errorId} className="fl-param__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
