import { lazy, type ReactNode, Suspense, useCallback, useState } from 'react';
import type { FaultlineDocument } from '../../model';
import { useDocumentStore } from '../../store/documentStore';
import { showNotice } from '../persistence/persistenceStore';
import { loadIntoEditor, persistenceSession } from '../persistence/session';
import { hasSharedDiagram, readSharedLink, withoutFragment } from './sharedLink';

// The gate's screens (the question over saved work, the broken-link page) load only when
// the page came with a link (#d=…); until they are there the editor waits, so it never
// shows the example before the shared diagram.
// The recent diagrams come with them (kept for openOverSavedWork, which must act at once).
let replacing: typeof import('../persistence/later') | null = null;
const SharedLinkGate = lazy(() =>
  Promise.all([import('./SharedLinkGate'), import('../persistence/later')]).then(([m, r]) => {
    replacing = r;
    return { default: m.SharedLinkGate };
  }),
);

/**
 * Opens an accepted link over saved work without losing it ("Your current diagram stays
 * saved"): the diagram on screen is first kept in the recent diagrams (one entry per
 * replaced diagram, so a second link does not push out the first's), and the switch is
 * one undo step, so Undo brings it back too. Autosave then saves the shared one
 * (debounced, after it rendered; a render crash pauses it — see SafeBoundary).
 */
function openOverSavedWork(doc: FaultlineDocument): void {
  const previous = useDocumentStore.getState().doc;
  const kept = replacing?.keepCurrentDiagram('link') ?? false;
  useDocumentStore.getState().update(() => doc);
  if (kept)
    showNotice({
      kind: 'info',
      text: `Opened “${doc.title}”. “${previous.title}” is kept in File → Recent (or press Undo).`,
    });
}

/** Whether boot found saved work that opening a link would replace. */
export function bootFoundSavedWork(): boolean {
  const kind = persistenceSession().outcome.kind;
  return kind === 'restored' || kind === 'damaged' || kind === 'safe-mode';
}

/**
 * The editor's link handling, wired to persistence: reads `#d=…` once, asks before it
 * replaces saved work, loads an accepted document without saving it and saves it only
 * after it rendered. Wrap the editor in it (inside SafeBoundary) in main.tsx.
 */
export function EditorLinkGate({ children }: { children: ReactNode }) {
  const [link] = useState(() => readSharedLink(window.location.hash));
  const [hasSavedWork] = useState(bootFoundSavedWork);
  const loadDocument = useCallback(
    (doc: FaultlineDocument) =>
      hasSavedWork ? openOverSavedWork(doc) : loadIntoEditor(persistenceSession(), doc),
    [hasSavedWork],
  );
  const persistDocument = useCallback(
    (doc: FaultlineDocument) => persistenceSession().autosaver.schedule(doc),
    [],
  );
  const clearFragment = useCallback(() => {
    try {
      window.history.replaceState(window.history.state, '', withoutFragment(window.location));
    } catch {
      // A sandboxed frame may refuse: the fragment just stays in the address bar.
    }
  }, []);
  if (link.kind === 'none') return children;
  return (
    <Suspense fallback={null}>
      <SharedLinkGate
        link={link}
        hasSavedWork={hasSavedWork}
        loadDocument={loadDocument}
        persistDocument={persistDocument}
        clearFragment={clearFragment}
      >
        {children}
      </SharedLinkGate>
    </Suspense>
  );
}

/** Whether the scenario gallery opens by itself: a first visit (no autosave) that came without a link. */
export function galleryOnFirstVisit(): boolean {
  return persistenceSession().outcome.kind === 'first-visit' && !hasSharedDiagram(window.location.hash);
}
