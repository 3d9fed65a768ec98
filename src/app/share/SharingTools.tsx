import { useState } from 'react';
import type { FaultlineDocument } from '../../model';
import { useDocumentStore } from '../../store/documentStore';
import { runStore } from '../../store/runStore';
import { CompareView } from '../compare/CompareView';
import { CompareWithDialog } from '../compare/CompareWithDialog';
import { builtInPair, EXAMPLE_PAIR } from '../compare/compareRoute';
import { ExportMenu } from '../export/ExportMenu';
import { GalleryDialog } from '../gallery/GalleryDialog';
import { ShareDialog } from './ShareDialog';
import './share.css';

export interface SharingToolsProps {
  /** Open the scenario gallery at once (a first visit). */
  galleryOnStart?: boolean;
  /** Whether replacing the current diagram needs a question (false while it is the untouched example). */
  askBeforeReplace?: () => boolean;
}

type Open =
  | { kind: 'none' }
  | { kind: 'share' }
  | { kind: 'gallery' }
  | { kind: 'compare-with' }
  | { kind: 'compare'; left: FaultlineDocument; right: FaultlineDocument };

const seriesNow = () => runStore.getState().series;

/**
 * The toolbar group for issue 5: "Share", "Export", "Scenarios" and "Compare with…", with
 * their dialogs and the full-window compare view. Drop it into the editor's toolbar.
 */
export function SharingTools({ galleryOnStart = false, askBeforeReplace = () => true }: SharingToolsProps) {
  const doc = useDocumentStore((s) => s.doc);
  const [open, setOpen] = useState<Open>(() => ({ kind: galleryOnStart ? 'gallery' : 'none' }));
  const close = () => setOpen({ kind: 'none' });
  const compareExample = () => {
    const pair = builtInPair(EXAMPLE_PAIR);
    if (pair.ok) setOpen({ kind: 'compare', left: pair.left, right: pair.right });
  };

  return (
    <div className="fl-sharing-tools">
      <button type="button" className="fl-button" onClick={() => setOpen({ kind: 'share' })}>
        Share
      </button>
      <ExportMenu doc={doc} series={seriesNow} />
      <button type="button" className="fl-button" onClick={() => setOpen({ kind: 'gallery' })}>
        Scenarios
      </button>
      <button type="button" className="fl-button" onClick={() => setOpen({ kind: 'compare-with' })}>
        Compare with…
      </button>
      {open.kind === 'share' && <ShareDialog doc={doc} onClose={close} />}
      {open.kind === 'gallery' && (
        <GalleryDialog
          currentTitle={doc.title}
          askBeforeReplace={askBeforeReplace()}
          onOpen={(next) => {
            useDocumentStore.getState().replaceDocument(next);
            close();
          }}
          onCompareExample={compareExample}
          onClose={close}
        />
      )}
      {open.kind === 'compare-with' && (
        <CompareWithDialog
          current={doc}
          onCompare={(left, right) => setOpen({ kind: 'compare', left, right })}
          onClose={close}
        />
      )}
      {open.kind === 'compare' && (
        <div className="fl-compare-layer">
          <CompareView left={open.left} right={open.right} onBack={close} />
        </div>
      )}
    </div>
  );
}
