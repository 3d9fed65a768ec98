import { emptyDocument } from '../../model/emptyDocument';
import type { FaultlineDocument, StoredDocument } from '../../model/schema';
import { exampleDocument } from '../../store/documentStore';

/** `stripDefaults` (model/defaults.ts), passed in: it brings zod, which "New" fetches with the editing tools. */
type StripDefaults = (doc: FaultlineDocument) => StoredDocument;

function keyOf(doc: FaultlineDocument, stripDefaults: StripDefaults): string {
  // The viewport moves with every pan: it is not work worth keeping or asking about.
  return JSON.stringify(stripDefaults({ ...doc, viewport: undefined }));
}

/** Whether replacing `doc` loses nothing: it is the untouched example or an empty diagram. */
export function nothingToLose(doc: FaultlineDocument, stripDefaults: StripDefaults): boolean {
  const key = keyOf(doc, stripDefaults);
  return key === keyOf(emptyDocument(), stripDefaults) || key === keyOf(exampleDocument(), stripDefaults);
}
