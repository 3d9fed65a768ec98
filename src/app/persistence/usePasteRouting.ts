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
// Nodes copied here since the system clipboard last changed as far as the page knows: set on
// a copy, cleared once the copied names reached the system clipboard (the write is
// asynchronous and may be refused) or when the window loses focus (the person may copy
// something elsewhere). While set, a link still on the clipboard is older than the nodes.
let nodesNewerThanClipboard = false;

/** What a paste on the editor does (see above); pure, for tests. */
export function pasteChoice(paste: {
  text: string;
  armed: boolean;
  nodesNewerThanClipboard: boolean;
}): 'diagram' | 'nodes' | 'nothing' {
  if (claimsDiagram(paste.text) && !paste.nodesNewerThanClipboard) return 'diagram';
  return paste.armed || paste.text ? 'nodes' : 'nothing';
}

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
  const choice = pasteChoice({ text, armed, nodesNewerThanClipboard });
  if (choice === 'nothing') return;
  e.preventDefault();
  if (choice === 'diagram') void later((m) => m.requestOpenPasted(text));
  else pasteClipboard();
}

/** Routes paste on the editor (see above). Call once, with the editor's shortcuts. */
export function usePasteRouting(): void {
  useEffect(() => {
    window.addEventListener('paste', onPaste);
    const onBlur = () => {
      nodesNewerThanClipboard = false;
    };
    window.addEventListener('blur', onBlur);
    // Copied nodes go on the system clipboard too (their names), so that a link copied
    // earlier does not answer the next Ctrl+V in place of the nodes just copied.
    const stop = useUiStore.subscribe((s, prev) => {
      if (!s.clipboard || s.clipboard === prev.clipboard) return;
      nodesNewerThanClipboard = true;
      navigator.clipboard
        ?.writeText(s.clipboard.nodes.map((n) => n.label || n.id).join('\n'))
        .then(() => {
          nodesNewerThanClipboard = false;
        })
        .catch(() => {});
    });
    return () => {
      window.removeEventListener('paste', onPaste);
      window.removeEventListener('blur', onBlur);
      stop();
    };
  }, []);
}
