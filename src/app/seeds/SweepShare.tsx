import { useState } from 'react';
import type { FaultlineDocument } from '../../model';
import { encodeSweepLink, type SweepDefinition, type SweepTable, tableCsv } from '../../sweeps';
import { downloadBlob } from '../export/downloads';

/** A file name from the diagram's title: letters, digits and dashes. */
export function sweepFileName(title: string): string {
  const base = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'diagram'}-sweep.csv`;
}

/** The sweep's result as CSV (a download), and the sweep as a link (document and definition). */
export function SweepShare({
  doc,
  definition,
  table,
}: {
  doc: FaultlineDocument;
  definition: SweepDefinition;
  table: SweepTable;
}) {
  const [link, setLink] = useState<string | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const makeLink = async () => {
    const url = `${window.location.origin}${window.location.pathname}${encodeSweepLink(doc, definition)}`;
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setSaid('Sweep link copied to the clipboard.');
    } catch {
      setSaid('Select the link and copy it (the browser refused the clipboard).');
    }
  };
  const download = () => {
    const ok = downloadBlob(sweepFileName(doc.title), new Blob([tableCsv(table)], { type: 'text/csv' }));
    setSaid(ok ? 'CSV downloaded.' : 'The browser refused the download.');
  };
  return (
    <div className="seeds-row">
      <button type="button" onClick={download}>
        Download CSV
      </button>
      <button type="button" onClick={makeLink}>
        Copy sweep link
      </button>
      {link ? (
        <input
          readOnly
          aria-label="Sweep link"
          value={link}
          size={30}
          onFocus={(e) => e.currentTarget.select()}
        />
      ) : null}
      {said ? <span role="status">{said}</span> : null}
    </div>
  );
}
