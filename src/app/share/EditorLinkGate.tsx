import { type ReactNode, useCallback, useState } from 'react';
import type { FaultlineDocument } from '../../model';
import { loadIntoEditor, persistenceSession } from '../persistence/session';
import { SharedLinkGate } from './SharedLinkGate';
import { readSharedLink, withoutFragment } from './sharedLink';

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
  const loadDocument = useCallback((doc: FaultlineDocument) => loadIntoEditor(persistenceSession(), doc), []);
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
  return (
    <SharedLinkGate
      link={link}
      hasSavedWork={hasSavedWork}
      loadDocument={loadDocument}
      persistDocument={persistDocument}
      clearFragment={clearFragment}
    >
      {children}
    </SharedLinkGate>
  );
}

/** Whether the scenario gallery opens by itself: a first visit (no autosave) that came without a link. */
export function galleryOnFirstVisit(): boolean {
  return persistenceSession().outcome.kind === 'first-visit' && !window.location.hash.startsWith('#d=');
}
