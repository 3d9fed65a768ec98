import { useState } from 'react';
import type { ActionResult } from '../../store/documentStore';
import { parseNumber } from './fieldValue';

/** One point of a schedule: from `atS` seconds, `value` (a rate or a number of users). */
export interface Point {
  atS: number;
  value: number;
}

type Draft = { atS: string; value: string };
const toDraft = (points: readonly Point[]): Draft[] =>
  points.map((p) => ({ atS: String(p.atS), value: String(p.value) }));

/**
 * A list of schedule points: time and value per row, a button to remove each and one to
 * add a point after the last. A change is applied when every row reads as numbers and the
 * document accepts the list; otherwise the rows stay as typed, with the message, and the
 * document keeps the points it had.
 */
export function PointsEditor({
  label,
  valueLabel,
  unit,
  points,
  max,
  whole = false,
  apply,
}: {
  label: string;
  valueLabel: string;
  unit: string;
  points: readonly Point[];
  max: number;
  whole?: boolean;
  apply: (points: Point[]) => ActionResult;
}) {
  const [rows, setRows] = useState<Draft[]>(() => toDraft(points));
  const [shown, setShown] = useState(points);
  const [error, setError] = useState<string | null>(null);
  // The document changed under the editor (a preset, undo): show its points.
  if (shown !== points) {
    setShown(points);
    if (error === null) setRows(toDraft(points));
  }
  const tryRows = (next: Draft[]) => {
    setRows(next);
    const parsed: Point[] = [];
    for (let i = 0; i < next.length; i++) {
      const atS = parseNumber(next[i].atS);
      const value = parseNumber(next[i].value);
      if (typeof atS !== 'number' || Number.isNaN(atS)) {
        setError(`Point ${i + 1}: the time must be a number of seconds.`);
        return;
      }
      if (typeof value !== 'number' || Number.isNaN(value)) {
        setError(`Point ${i + 1}: the ${valueLabel.toLowerCase()} must be a number.`);
        return;
      }
      parsed.push({ atS, value });
    }
    const r = apply(parsed);
    setError(r.ok ? null : r.reason);
  };
  const edit = (i: number, key: keyof Draft, text: string) =>
    tryRows(rows.map((row, k) => (k === i ? { ...row, [key]: text } : row)));
  const last = points[points.length - 1];
  return (
    <div className="fl-points">
      <table className="fl-points__table" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">Time (s)</th>
            <th scope="col">
              {valueLabel} ({unit})
            </th>
            <th scope="col">
              <span className="fl-traffic__hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <td>
                <input
                  type="number"
                  inputMode="decimal"
                  min={0}
                  step="any"
                  aria-label={`Point ${i + 1} time`}
                  value={row.atS}
                  onChange={(e) => edit(i, 'atS', e.currentTarget.value)}
                />
              </td>
              <td>
                <input
                  type="number"
                  inputMode="decimal"
                  min={0}
                  step={whole ? 1 : 'any'}
                  aria-label={`Point ${i + 1} ${valueLabel.toLowerCase()}`}
                  value={row.value}
                  onChange={(e) => edit(i, 'value', e.currentTarget.value)}
                />
              </td>
              <td>
                <button
                  type="button"
                  className="fl-button"
                  aria-label={`Remove point ${i + 1}`}
                  disabled={rows.length <= 1}
                  onClick={() => tryRows(rows.filter((_, k) => k !== i))}
                >
                  ✕
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="fl-button"
        disabled={rows.length >= max || error !== null}
        onClick={() =>
          tryRows([...rows, { atS: String(last ? last.atS + 10 : 0), value: String(last ? last.value : 0) }])
        }
      >
        Add point
      </button>
      {error && (
        <p className="fl-param__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
