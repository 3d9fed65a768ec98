import { decodeLoaded } from '../decoder';
import { withDecoder } from './actions';
import { KEEP_HINT } from './keepHint';
import { askToConfirm, dismissNotice, showNotice } from './persistenceStore';
import { replaceDiagram } from './replaceDiagram';

/**
 * Pasting a diagram: Ctrl/Cmd+V of a Faultline link or document JSON on the canvas goes
 * through the one decoder and the same question as a link or a file; it never replaces
 * the diagram without asking. (Which text claims to be a diagram: pastedText.ts. Loaded
 * with the first pasted diagram, like the decoder it uses.)
 */

/** Decodes pasted text; a diagram is opened after the person agrees, anything else is explained. */
export function requestOpenPasted(text: string): void {
  withDecoder(() => {
    const r = decodeLoaded(text, 'paste');
    if (!r.ok) {
      showNotice({ kind: 'file-error', message: r.message, errors: r.detail });
      return;
    }
    dismissNotice('file-error');
    askToConfirm({
      title: 'Open the pasted diagram?',
      message: `The current diagram will be replaced by “${r.doc.title}”. ${KEEP_HINT}`,
      confirmLabel: 'Open it',
      onConfirm: () => replaceDiagram(r.doc, 'paste'),
    });
  });
}
