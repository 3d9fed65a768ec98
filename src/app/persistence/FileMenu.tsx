import { type ChangeEvent, lazy, Suspense, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { requestNewDocument, requestOpenFile, saveDocumentFile } from './fileActions';
import './persistence.css';

// Loaded when first opened: the first visit has nothing in it yet.
const RecentDiagramsDialog = lazy(() => import('./later').then((m) => ({ default: m.RecentDiagramsDialog })));

/**
 * New, Open…, Save and Recent. Open and New ask before replacing work (New does not when
 * nothing would be lost); every replaced diagram is kept in Recent; an invalid or
 * oversized file is explained and changes nothing. Ctrl/Cmd+S saves, Ctrl/Cmd+O opens.
 */
export function FileMenu() {
  const inputRef = useRef<HTMLInputElement>(null);
  const [recentOpen, setRecentOpen] = useState(false);

  const onFileChosen = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    // Cleared so that choosing the same file again still fires a change.
    e.target.value = '';
    if (file) void requestOpenFile(file);
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      const key = e.key.toLowerCase();
      if (key === 's') {
        e.preventDefault();
        saveDocumentFile();
      } else if (key === 'o') {
        e.preventDefault();
        inputRef.current?.click();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <fieldset className="fl-file-menu" aria-label="File">
      <button
        type="button"
        className="fl-button"
        onClick={requestNewDocument}
        title="Start a new, empty diagram"
      >
        New
      </button>
      <button
        type="button"
        className="fl-button"
        onClick={() => inputRef.current?.click()}
        title="Open a diagram file (Ctrl+O)"
      >
        Open…
      </button>
      <button
        type="button"
        className="fl-button"
        onClick={saveDocumentFile}
        title="Download this diagram as a file (Ctrl+S)"
      >
        Save
      </button>
      <button
        type="button"
        className="fl-button"
        onClick={() => setRecentOpen(true)}
        title="Diagrams replaced in this browser"
      >
        Recent…
      </button>
      {/* In the page's body, not here: on a narrower window these buttons sit in the toolbar's
          "More" list (ToolbarMore.tsx), which closes — and is hidden, children and all —
          once an action is chosen. */}
      {recentOpen
        ? createPortal(
            <Suspense fallback={null}>
              <RecentDiagramsDialog onClose={() => setRecentOpen(false)} />
            </Suspense>,
            document.body,
          )
        : null}
      <input
        ref={inputRef}
        type="file"
        accept=".json,application/json,.png,image/png"
        hidden
        tabIndex={-1}
        aria-hidden="true"
        onChange={onFileChosen}
      />
    </fieldset>
  );
}
