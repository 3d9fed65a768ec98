import { lazy, Suspense, use, useEffect, useState } from 'react';
import type { FaultlineDocument } from '../../model';
import { useDocumentStore } from '../../store/documentStore';
import { runStore } from '../../store/runStore';
import { useChallengeStore } from '../challenges/challengeStore';
import { useReopenCompareOnForward } from '../compare/useReopenCompareOnForward';
import { ExportMenu } from '../export/ExportMenu';
import type { GalleryDialogProps } from '../gallery/GalleryDialog';
import { later } from '../persistence/loadLater';
import { afterStartup } from '../startup';
import './share.css';

// The dialogs and the compare view load when first opened, keeping the first visit small
// (the budget of the foundation issue); each is a named export wrapped for React.lazy.
const ShareDialog = lazy(() => import('./ShareDialog').then((m) => ({ default: m.ShareDialog })));
const GalleryDialog = lazy(() =>
  import('../gallery/GalleryDialog').then((m) => ({ default: m.GalleryDialog })),
);
const CompareWithDialog = lazy(() =>
  import('../compare/CompareWithDialog').then((m) => ({ default: m.CompareWithDialog })),
);
const CompareLayer = lazy(() => import('../compare/CompareLayer').then((m) => ({ default: m.CompareLayer })));

export interface SharingToolsProps {
  /** Open the scenario gallery at once (a first visit). */
  galleryOnStart?: boolean;
  /**
   * Whether replacing the current diagram needs a question (false while it is the untouched
   * example); asked when the gallery opens, and may answer later (its check loads lazily).
   */
  askBeforeReplace?: () => boolean | Promise<boolean>;
}

type Open =
  | { kind: 'none' }
  | { kind: 'share' }
  | { kind: 'gallery'; ask: Promise<boolean> }
  | { kind: 'compare-with' }
  | { kind: 'compare'; left: FaultlineDocument; right: FaultlineDocument };

const seriesNow = () => runStore.getState().series;

/** The gallery once `ask` (whether replacing needs a question) is answered; suspends until then. */
function GalleryWhenAsked({
  ask,
  ...props
}: Omit<GalleryDialogProps, 'askBeforeReplace'> & { ask: Promise<boolean> }) {
  return <GalleryDialog askBeforeReplace={use(ask)} {...props} />;
}

/**
 * The toolbar group for sharing: "Share", "Export", "Scenarios" and "Compare with…", with
 * their dialogs and the full-window compare view. Drop it into the editor's toolbar.
 */
export function SharingTools({ galleryOnStart = false, askBeforeReplace = () => true }: SharingToolsProps) {
  const doc = useDocumentStore((s) => s.doc);
  useReopenCompareOnForward();
  const gallery = (): Open => ({ kind: 'gallery', ask: Promise.resolve(askBeforeReplace()) });
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  // A first visit's gallery opens after startup (../startup.ts): its scenarios are not
  // needed to draw the example, and would count against the first visit's budget.
  const [galleryPending] = useState(galleryOnStart);
  useEffect(() => {
    if (!galleryPending) return;
    let live = true;
    afterStartup().then(() => live && setOpen((o) => (o.kind === 'none' ? gallery() : o)));
    return () => {
      live = false;
    };
  }, [galleryPending]);
  const close = () => setOpen({ kind: 'none' });
  // The pair's documents are built-in scenarios: fetched on demand, like the gallery offering it.
  const compareExample = () =>
    void import('../compare/compareRoute').then(({ builtInPair, EXAMPLE_PAIR }) => {
      const pair = builtInPair(EXAMPLE_PAIR);
      if (pair.ok) setOpen({ kind: 'compare', left: pair.left, right: pair.right });
    });

  return (
    <div className="fl-sharing-tools">
      <button type="button" className="fl-button" onClick={() => setOpen({ kind: 'share' })}>
        Share
      </button>
      <ExportMenu doc={doc} series={seriesNow} />
      <button type="button" className="fl-button" onClick={() => setOpen(gallery())}>
        Scenarios
      </button>
      <button type="button" className="fl-button" onClick={() => setOpen({ kind: 'compare-with' })}>
        Compare with…
      </button>
      <Suspense fallback={null}>
        {open.kind === 'share' && <ShareDialog doc={doc} onClose={close} />}
        {open.kind === 'gallery' && (
          <GalleryWhenAsked
            currentTitle={doc.title}
            ask={open.ask}
            onOpen={(next) => {
              void later((m) => m.replaceDiagram(next, 'gallery')).then(close);
            }}
            onCompareExample={compareExample}
            onChallenges={() => {
              close();
              useChallengeStore.getState().setPanelOpen(true);
            }}
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
        {open.kind === 'compare' && <CompareLayer left={open.left} right={open.right} onClose={close} />}
      </Suspense>
    </div>
  );
}
