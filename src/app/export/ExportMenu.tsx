import { useEffect, useId, useRef, useState } from 'react';
import type { FaultlineDocument } from '../../model';
import type { SeriesRow } from '../../sim/report';
import { fileNameFor } from './documentJson';
import { downloadBlob, downloadJson } from './downloads';
import '../share/share.css';
import './export.css';

export interface ExportMenuProps {
  doc: FaultlineDocument;
  /** The run's per-second metrics so far (empty before a run). */
  series: () => readonly SeriesRow[];
}

/**
 * The "Export" menu: the document as JSON, the diagram as SVG or as a PNG that reopens in
 * Faultline, and the run's per-second metrics as CSV. The SVG, PNG and CSV writers are
 * fetched on their first use, keeping them out of the first visit.
 */
export function ExportMenu({ doc, series }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onEscape = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', onEscape);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', onEscape);
    };
  }, [open]);

  const run = (action: () => boolean | Promise<boolean>) => async () => {
    setOpen(false);
    try {
      setStatus((await action()) ? '' : 'The browser refused the download.');
    } catch (e) {
      setStatus(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const rows = series();

  return (
    <div className="fl-export" ref={root}>
      <button
        type="button"
        className="fl-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((o) => !o)}
      >
        Export
      </button>
      {open && (
        <div className="fl-export__menu" role="menu" id={menuId} aria-label="Export">
          <button type="button" role="menuitem" onClick={run(() => downloadJson(doc))}>
            Diagram as JSON
          </button>
          <button
            type="button"
            role="menuitem"
            onClick={run(async () => {
              const { diagramSvg } = await import('./diagramSvg');
              return downloadBlob(
                fileNameFor(doc.title, 'svg'),
                new Blob([diagramSvg(doc)], { type: 'image/svg+xml' }),
              );
            })}
          >
            Picture as SVG
          </button>
          <button
            type="button"
            role="menuitem"
            onClick={run(async () => {
              const { diagramPng } = await import('./diagramPng');
              return downloadBlob(fileNameFor(doc.title, 'png'), await diagramPng(doc));
            })}
          >
            Picture as PNG (reopens in Faultline)
          </button>
          <button
            type="button"
            role="menuitem"
            aria-disabled={rows.length === 0}
            title={rows.length === 0 ? 'Run the simulation first' : undefined}
            onClick={run(async () => {
              const current = series();
              if (current.length === 0) return true;
              const { metricsCsv } = await import('./metricsCsv');
              return downloadBlob(
                fileNameFor(`${doc.title} metrics`, 'csv'),
                new Blob([metricsCsv(current)], { type: 'text/csv' }),
              );
            })}
          >
            Run metrics as CSV{rows.length === 0 ? ' (run first)' : ''}
          </button>
        </div>
      )}
      {status && (
        <span className="fl-export__status" role="alert">
          {status}
        </span>
      )}
    </div>
  );
}
