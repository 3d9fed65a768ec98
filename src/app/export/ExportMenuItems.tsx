import { namesOf } from '../../model/names';
import type { FaultlineDocument } from '../../model/schema';
import type { SeriesRow } from '../../sim/report';
import { diagramPng } from './diagramPng';
import { diagramSvg } from './diagramSvg';
import { fileNameFor } from './documentJson';
import { downloadBlob, downloadJson } from './downloads';
import { metricsCsv } from './metricsCsv';

export interface ExportMenuItemsProps {
  /** The menu's id (the Export button's aria-controls). */
  id: string;
  doc: FaultlineDocument;
  series: () => readonly SeriesRow[];
  /** Closes the menu, runs the export and reports a refused or failed download. */
  run: (action: () => boolean | Promise<boolean>) => () => Promise<void>;
}

/**
 * The open "Export" menu and its writers (JSON, SVG, PNG, CSV): loaded when the menu first
 * opens (ExportMenu.tsx), not on the first visit.
 */
export function ExportMenuItems({ id, doc, series, run }: ExportMenuItemsProps) {
  const rows = series();
  return (
    <div className="fl-export__menu" role="menu" id={id} aria-label="Export">
      <button type="button" role="menuitem" onClick={run(() => downloadJson(doc))}>
        Diagram as JSON
      </button>
      <button
        type="button"
        role="menuitem"
        onClick={run(() =>
          downloadBlob(fileNameFor(doc.title, 'svg'), new Blob([diagramSvg(doc)], { type: 'image/svg+xml' })),
        )}
      >
        Picture as SVG
      </button>
      <button
        type="button"
        role="menuitem"
        onClick={run(async () => downloadBlob(fileNameFor(doc.title, 'png'), await diagramPng(doc)))}
      >
        Picture as PNG (reopens in Faultline)
      </button>
      <button
        type="button"
        role="menuitem"
        aria-disabled={rows.length === 0}
        title={rows.length === 0 ? 'Run the simulation first' : undefined}
        onClick={run(() => {
          const current = series();
          if (current.length === 0) return true;
          return downloadBlob(
            fileNameFor(`${doc.title} metrics`, 'csv'),
            new Blob([metricsCsv(current, namesOf(doc))], { type: 'text/csv' }),
          );
        })}
      >
        Run metrics as CSV{rows.length === 0 ? ' (run first)' : ''}
      </button>
    </div>
  );
}
