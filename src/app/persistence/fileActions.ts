import { emptyDocument } from '../../model/emptyDocument';
import { useDocumentStore } from '../../store/documentStore';
import { withEditing } from '../../store/editing';
import { KEEP_HINT } from './keepHint';
import { later } from './loadLater';
import type { OpenableFile } from './openFile';
import { askToConfirm } from './persistenceStore';
import { nothingToLose } from './untouchedDiagram';

/**
 * New, Open and Save: what the file menu and a dropped file do. Never throw. Opening and
 * saving files live in fileOpenSave.ts, fetched on first use (later.ts): the first visit's
 * bundle has a size budget, and a first visit opens no file.
 */

/** "New": replaces the current diagram with an empty one, asking first unless nothing would be lost. */
export function requestNewDocument(): void {
  // Whether anything would be lost is judged on the stored form, which takes the editing
  // tools: fetched after startup, waited for if "New" comes first (store/editing.ts).
  void withEditing(({ stripDefaults }) => {
    if (nothingToLose(useDocumentStore.getState().doc, stripDefaults)) {
      useDocumentStore.getState().replaceDocument(emptyDocument());
      return;
    }
    askToConfirm({
      title: 'Start a new diagram?',
      message: `The current diagram will be replaced by an empty one. ${KEEP_HINT}`,
      confirmLabel: 'Replace with a new diagram',
      onConfirm: () => later((m) => m.replaceDiagram(emptyDocument(), 'new')),
    });
  });
}

/**
 * "Open…" or a drop: an invalid file is explained and the current diagram stays untouched;
 * a valid one replaces it only after the user agrees.
 */
export function requestOpenFile(file: OpenableFile): Promise<void> {
  return later((m) => m.openFileAsking(file));
}

/** "Save": downloads the current diagram as `<title>.faultline.json`. */
export function saveDocumentFile(): void {
  const doc = useDocumentStore.getState().doc;
  void later((m) => m.saveFile(doc));
}
