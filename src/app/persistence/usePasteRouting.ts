import { useEffect } from 'react';
import { pasteClipboard } from '../../store/editorCommands';
import { useUiStore } from '../../store/uiStore';
import { isTypingTarget } from '../shortcuts';
import { later } from './loadLater';
import { claimsDiagram } from './pastedText';

/**
 * Ctrl/Cmd+V on the canvas: the key itself carries no text, the `paste` event that the
 * browser fires right after it does. So the shortcut arms a fallback (`expectPaste`) and
 * the paste event decides: a diagram (link or JSON) is opened through the decoder
 * (documentPaste.ts, fetched then), any other text pastes the copied nodes. Where no paste
 * event comes (nothing on the page can take it), the fallback pastes the nodes once the
 * key has been handled.
 */
let fallback: ReturnType<typeof setTimeout> | undefined;

/** Call on the Ctrl/Cmd+V keydown; returns false: the key's default must run, or no paste event comes. */
export function expectPaste(): boolean {
  clearTimeout(fallback);
  fallback = setTimeout(() => {
    fallback = undefined;
    pasteClipboard();
  }, 0);
  return false;
}

function onPaste(e: ClipboardEvent): void {
  const armed = fallback !== undefined;
  clearTimeout(fallback);
  fallback = undefined;
  if (e.defaultPrevented || isTypingTarget(e.target) || document.querySelector('dialog[open]')) return;
  const text = e.clipboardData?.getData('text/plain') ?? '';
  if (claimsDiagram(text)) {
    e.preventDefault();
    void later((m) => m.requestOpenPasted(text));
  } else if (armed || text) {
    e.preventDefault();
    pasteClipboard();
  }
}

/** Routes paste on the editor (see above). Call once, with the editor's shortcuts. */
export function usePasteRouting(): void {
  useEffect(() => {
    window.addEventListener('paste', onPaste);
    // Copied nodes go on the system clipboard too (their names), so that a link copied
    // earlier does not answer the next Ctrl+V in place of the nodes just copied.
    const stop = useUiStore.subscribe((s, prev) => {
      if (s.clipboard && s.clipboard !== prev.clipboard)
        navigator.clipboard
          ?.writeText(s.clipboard.nodes.map((n) => n.label || n.id).join('\n'))
          .catch(() => {});
    });
    return () => {
      window.removeEventListener('paste', onPaste);
      stop();
    };
  }, []);
}
