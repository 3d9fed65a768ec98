import { emptyDocument, stripDefaults } from '../../model/defaults';
import type { FaultlineDocument } from '../../model/schema';
import { exampleDocument } from '../../store/documentStore';

function keyOf(doc: FaultlineDocument): string {
  // The viewport moves with every pan: it is not work worth keeping or asking about.
  return JSON.stringify(stripDefaults({ ...doc, viewport: undefined }));
}

/** Whether replacing `doc` loses nothing: it is the untouched example or an empty diagram. */
export function nothingToLose(doc: FaultlineDocument): boolean {
  const key = keyOf(doc);
  return key === keyOf(emptyDocument()) || key === keyOf(exampleDocument());
}
