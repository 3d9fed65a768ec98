import { stripDefaults } from '../../model/defaults';
import { parseDocument } from '../../model/parseDocument';
import type { FaultlineDocument } from '../../model/schema';
import { BUILT_IN_SCENARIOS } from '../../scenarios';

let builtInKeys: Set<string> | null = null;

function keyOf(doc: FaultlineDocument): string {
  // The viewport moves with every pan: it is not work worth asking about.
  return JSON.stringify(stripDefaults({ ...doc, viewport: undefined }));
}

/**
 * Whether `doc` is exactly a built-in scenario (the first-visit example, or one just opened
 * from the gallery): replacing it loses nothing, so the gallery need not ask.
 */
export function isUntouchedBuiltIn(doc: FaultlineDocument): boolean {
  if (!builtInKeys) {
    builtInKeys = new Set();
    for (const s of BUILT_IN_SCENARIOS) {
      const r = parseDocument(s.document);
      if (r.ok) builtInKeys.add(keyOf(r.doc));
    }
  }
  return builtInKeys.has(keyOf(doc));
}
