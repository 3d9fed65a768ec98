import type { FaultlineDocument } from '../../model';
import { documentJson } from '../export/documentJson';
import { downloadBlob } from '../export/downloads';
import { documentFileName } from './fileChecks';

/**
 * Offers `text` as a file download. Returns false (never throws) where the browser refuses,
 * so callers can say so instead of failing silently.
 */
export function downloadText(fileName: string, text: string, type = 'application/json'): boolean {
  return downloadBlob(fileName, new Blob([text], { type }));
}

/** The document as a file: defaults stripped, pretty-printed. */
export function documentFileText(doc: FaultlineDocument): string {
  return documentJson(doc);
}

/** Downloads `doc` as `<title>.faultline.json` (or `<title><suffix>.faultline.json`). */
export function downloadDocument(doc: FaultlineDocument, suffix = ''): boolean {
  try {
    return downloadText(documentFileName(`${doc.title}${suffix}`), documentFileText(doc));
  } catch {
    return false;
  }
}
