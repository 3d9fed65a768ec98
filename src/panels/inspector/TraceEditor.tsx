import { useId, useMemo, useState } from 'react';
import { DECODE_LIMITS } from '../../model/decode/limits';
import { linkLength } from '../../model/shareLink';
import { parseRateTrace } from '../../model/trafficShape';
import { type ActionResult, useDocumentStore } from '../../store/documentStore';

/**
 * The paste box for a per-second rate trace: one rate (req/s) per second, separated by
 * commas, spaces or lines (a CSV column). "Use trace" checks it first and names the line
 * and value that are wrong; the text stays as pasted until it is right. Once in use, it
 * says whether the diagram still fits in a share link.
 */
export function TraceEditor({
  trace,
  apply,
}: {
  trace: string | undefined;
  apply: (text: string) => ActionResult;
}) {
  const id = useId();
  const [text, setText] = useState(trace ?? '');
  const [error, setError] = useState<string | null>(null);
  const doc = useDocumentStore((s) => s.doc);
  const inUse = useMemo(() => (trace === undefined ? null : parseRateTrace(trace)), [trace]);
  // Only when a trace is in use: encoding a link costs a compression of the whole diagram.
  const chars = useMemo(() => (trace === undefined ? 0 : linkLength(doc)), [doc, trace]);
  const use = () => {
    const parsed = parseRateTrace(text);
    if (!parsed.ok) {
      setError(`Trace: ${parsed.message}.`);
      return;
    }
    const r = apply(text);
    setError(r.ok ? null : r.reason);
  };
  return (
    <div className="fl-traffic__trace">
      <label htmlFor={id} className="fl-param__label">
        Per-second rates (req/s)
      </label>
      <textarea
        id={id}
        rows={5}
        spellCheck={false}
        value={text}
        placeholder={'50\n55\n80\n…'}
        aria-invalid={error ? true : undefined}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <p className="fl-param__help">
        One number per second (commas, spaces or lines between them), up to a day.
      </p>
      <button type="button" className="fl-button" onClick={use}>
        Use trace
      </button>
      {inUse?.ok && (
        <p className="fl-muted" data-testid="trace-summary">
          Using {inUse.values.length.toLocaleString('en-US')} seconds of rates; after the last, its rate goes
          on.
        </p>
      )}
      {inUse?.ok && chars > DECODE_LIMITS.linkChars && (
        <p className="fl-warning" role="alert">
          Too large to share as a link: it would be {chars.toLocaleString('en-US')} characters, and a link
          holds at most {DECODE_LIMITS.linkChars.toLocaleString('en-US')}. Share the diagram as a JSON file
          instead.
        </p>
      )}
      {error && (
        <p className="fl-param__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
