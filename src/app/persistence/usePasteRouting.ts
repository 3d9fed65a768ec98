import { useEffect } from 'react';
import { pasteClipboard } from '../../store/editorCommands';
import { useUiStore } from '../../store/uiStore';
import { isTypingTarget } from '../shortcuts';
import { claimsDiagram } from './pastedText';
import { showNotice } from './persistenceStore';

/**
 * Ctrl/Cmd+V on the canvas: the key itself carries no text, the `paste` event that the
 * browser fires right after it does. So the shortcut arms a fallback (`expectPaste`) and
 * the paste event decides: a diagram (link or JSON) is opened through the decoder, any
 * other text pastes the copied nodes. Where no paste event comes (nothing on the page can
 * take it), the fallback pastes the nodes once the key has been handled.
 */
let fallback: ReturnType<typeof setTimeout> | null = null;

function disarm(): boolean {
  if (fallback === null) return false;
  clearTimeout(fallback);
  fallback = null;
  return true;
}

/** Call on the Ctrl/Cmd+V keydown; returns false: the key's default must run, or no paste event comes. */
export function expectPaste(): boolean {
  disarm();
  fallback = setTimeout(() => {
    fallback = null;
    pasteClipboard();
  }, 0);
  return false;
}

function onPaste(e: ClipboardEvent): void {
  const armed = disarm();
  if (e.defaultPrevented || isTypingTarget(e.target) || document.querySelector('dialog[open]')) return;
  const text = e.clipboardData?.getData('text/plain') ?? '';
  if (claimsDiagram(text)) {
    e.preventDefault();
    import('./documentPaste').then(
      (m) => m.requestOpenPasted(text),
      (err: unknown) =>
        showNotice({ kind: 'info', text: `The pasted diagram cannot be read right now (${String(err)}).` }),
    );
  } else if (armed || text !== '') {
    e.preventDefault();
    pasteClipboard();
  }
}

/**
 * Copying nodes puts their names on the system clipboard too, so that a link copied
 * earlier does not answer the next Ctrl+V in place of the nodes just copied.
 */
function mirrorNodeCopies(): () => void {
  return useUiStore.subscribe((state, prev) => {
    if (!state.clipboard || state.clipboard === prev.clipboard) return;
    const names = state.clipboard.nodes.map((n) => n.label || n.id).join('\n');
    try {
      void navigator.clipboard?.writeText(names).catch(() => {});
    } catch {
      // No clipboard access here: paste decides from whatever the clipboard holds.
    }
  });
}

/** Routes paste on the editor (see above). Call once, with the editor's shortcuts. */
export function usePasteRouting(): void {
  useEffect(() => {
    window.addEventListener('paste', onPaste);
    const stopMirroring = mirrorNodeCopies();
    return () => {
      window.removeEventListener('paste', onPaste);
      stopMirroring();
      disarm();
    };
  }, []);
}
