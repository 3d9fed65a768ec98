import type { FaultlineDocument } from '../../model/schema';
import { downloadDocument } from './download';
import { KEEP_HINT } from './keepHint';
import { type OpenableFile, readDocumentFile } from './openFile';
import { askToConfirm, dismissNotice, showNotice } from './persistenceStore';
import { replaceDiagram } from './replaceDiagram';

/**
 * "Open…" or a drop: reads and decodes the file; an invalid one is explained and the
 * current diagram stays untouched; a valid one replaces it only after the user agrees.
 */
export async function openFileAsking(file: OpenableFile): Promise<void> {
  const result = await readDocumentFile(file);
  if (!result.ok) {
    showNotice({ kind: 'file-error', fileName: file.name, message: result.message, errors: result.errors });
    return;
  }
  dismissNotice('file-error');
  askToConfirm({
    title: `Open “${file.name}”?`,
    message: `The current diagram will be replaced by “${result.doc.title}”. ${KEEP_HINT}`,
    confirmLabel: 'Open it',
    onConfirm: () => replaceDiagram(result.doc, 'file'),
  });
}

/** "Save": downloads `doc` as `<title>.faultline.json`, or says the browser refused. */
export function saveFile(doc: FaultlineDocument): void {
  if (!downloadDocument(doc)) showNotice({ kind: 'info', text: 'The browser refused the download.' });
}
