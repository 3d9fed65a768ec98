import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import type { FaultlineDocument } from '../../model';
import type { SeriesRow } from '../../sim/report';
import '../share/share.css';
import './export.css';

// The menu's items and the writers behind them load when it first opens.
const ExportMenuItems = lazy(() => import('./ExportMenuItems').then((m) => ({ default: m.ExportMenuItems })));

export interface ExportMenuProps {
  doc: FaultlineDocument;
  /** The run's per-second metrics so far (empty before a run). */
  series: () => readonly SeriesRow[];
}

/**
 * The "Export" menu: the document as JSON, the diagram as SVG or as a PNG that reopens in
 * Faultline, and the run's per-second metrics as CSV. The items and their writers
 * (ExportMenuItems) are fetched when the menu first opens, keeping them out of the first visit.
 */
export function ExportMenu({ doc, series }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  // Closing by a choice or Escape gives focus back to the Export button (a click elsewhere does not).
  const closeToButton = () => {
    setOpen(false);
    button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const close = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onEscape = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', onEscape);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', onEscape);
    };
  }, [open]);

  const run = (action: () => boolean | Promise<boolean>) => async () => {
    closeToButton();
    try {
      setStatus((await action()) ? '' : 'The browser refused the download.');
    } catch (e) {
      setStatus(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <div className="fl-export" ref={root}>
      <button
        ref={button}
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
        <Suspense fallback={null}>
          <ExportMenuItems id={menuId} doc={doc} series={series} run={run} />
        </Suspense>
      )}
      {status && (
        <span className="fl-export__status" role="alert">
          {status}
        </span>
      )}
    </div>
  );
}
