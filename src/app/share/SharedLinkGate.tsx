import { type ReactNode, useEffect, useState } from 'react';
import type { FaultlineDocument } from '../../model';
import { ModalDialog } from './ModalDialog';
import type { SharedLink } from './sharedLink';
import './share.css';

export interface SharedLinkGateProps {
  /** What the page's fragment held, read once before the first render. */
  link: SharedLink;
  /** Whether there is saved work the link would replace (an autosave exists). */
  hasSavedWork: boolean;
  /**
   * Puts the accepted document into the editor *without* saving it (persistence's
   * `loadIntoEditor`): saving waits until it has rendered once.
   */
  loadDocument: (doc: FaultlineDocument) => void;
  /** Saves the document once it rendered (persistence's `autosaver.schedule`). */
  persistDocument: (doc: FaultlineDocument) => void;
  /** Removes the fragment from the address bar once the link was dealt with. */
  clearFragment: () => void;
  /** The editor. */
  children: ReactNode;
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'asking'; doc: FaultlineDocument }
  | { kind: 'failed'; link: Extract<SharedLink, { kind: 'failed' }> }
  /** Accepted: the document is in the editor; save it after this render. */
  | { kind: 'accepted'; doc: FaultlineDocument };

/**
 * Links already loaded into the editor, and documents already saved. React's StrictMode calls
 * a state initialiser twice and runs an effect twice for one mount; loading or saving a link's
 * document twice would write the autosave and the recent list twice. The link object is read
 * once per page load, so it identifies "this opening".
 */
const loadedLinks = new WeakSet<SharedLink>();
const savedDocuments = new WeakSet<FaultlineDocument>();

function initialPhase(link: SharedLink, hasSavedWork: boolean): Phase {
  if (link.kind === 'failed') return { kind: 'failed', link };
  if (link.kind === 'pending')
    return hasSavedWork ? { kind: 'asking', doc: link.doc } : { kind: 'accepted', doc: link.doc };
  return { kind: 'idle' };
}

/**
 * Opening a link never replaces the current work without asking: a shared diagram is pending
 * until the person says "Open" — "Keep mine" leaves the autosave untouched — and is saved
 * only after it has rendered. A broken link shows an explanation instead of the editor, with
 * the way back to the last diagram. With nothing saved yet, a valid link opens at once.
 */
export function SharedLinkGate({
  link,
  hasSavedWork,
  loadDocument,
  persistDocument,
  clearFragment,
  children,
}: SharedLinkGateProps) {
  const [phase, setPhase] = useState<Phase>(() => {
    const p = initialPhase(link, hasSavedWork);
    // Into the store before the editor's first render, so the example never flashes.
    if (p.kind === 'accepted' && !loadedLinks.has(link)) {
      loadedLinks.add(link);
      loadDocument(p.doc);
    }
    return p;
  });

  useEffect(() => {
    if (phase.kind !== 'accepted') return;
    // This effect runs after the render that showed the document: only now is it saved.
    if (!savedDocuments.has(phase.doc)) {
      savedDocuments.add(phase.doc);
      persistDocument(phase.doc);
      clearFragment();
    }
    setPhase({ kind: 'idle' });
  }, [phase, persistDocument, clearFragment]);

  if (phase.kind === 'failed') {
    return (
      <main className="fl-screen">
        <div className="fl-screen__card" role="alert" aria-labelledby="fl-link-failed">
          <h1 id="fl-link-failed">This link cannot be opened</h1>
          <p data-testid="link-error">{phase.link.message}</p>
          <p className="fl-muted">
            {hasSavedWork
              ? 'Your last diagram is safe: nothing was changed.'
              : 'Nothing was changed. You can start from the example instead.'}
          </p>
          <div className="fl-row">
            <button
              type="button"
              className="fl-button fl-button--primary"
              onClick={() => {
                clearFragment();
                setPhase({ kind: 'idle' });
              }}
            >
              {hasSavedWork ? 'Open my last diagram' : 'Open the example'}
            </button>
          </div>
          {phase.link.details.length > 0 && (
            <details className="fl-details">
              <summary>Details</summary>
              <ul>
                {phase.link.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            </details>
          )}
        </div>
      </main>
    );
  }

  return (
    <>
      {children}
      {phase.kind === 'asking' && (
        <ModalDialog
          title="Open the shared diagram?"
          noCloseButton
          onClose={() => {
            clearFragment();
            setPhase({ kind: 'idle' });
          }}
        >
          <p data-testid="pending-link-question">
            Open the shared diagram “{phase.doc.title}”? Your current diagram stays saved.
          </p>
          <div className="fl-row">
            <button
              type="button"
              className="fl-button fl-button--primary"
              onClick={() => {
                loadDocument(phase.doc);
                setPhase({ kind: 'accepted', doc: phase.doc });
              }}
            >
              Open
            </button>
            <button
              type="button"
              className="fl-button"
              onClick={() => {
                clearFragment();
                setPhase({ kind: 'idle' });
              }}
            >
              Keep mine
            </button>
          </div>
        </ModalDialog>
      )}
    </>
  );
}
