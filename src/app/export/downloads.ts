import type { FaultlineDocument } from '../../model';
import { documentFileName } from '../persistence/fileChecks';
import { documentJson } from './documentJson';

/**
 * Offers `blob` as a download through an object URL (allowed by the CSP; no data: links
 * for large files). Returns false where the browser refuses, never throws.
 */
export function downloadBlob(fileName: string, blob: Blob): boolean {
  try {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.rel = 'noopener';
    a.hidden = true;
    document.body.append(a);
    a.click();
    a.remove();
    // Revoking at once can cancel the download in some browsers; a minute is plenty.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return true;
  } catch {
    return false;
  }
}

/**
 * Downloads the document (defaults stripped) under the name File → Save gives it,
 * `<title>.faultline.json`: the same file either way, so the same name.
 */
export function downloadJson(doc: FaultlineDocument): boolean {
  return downloadBlob(
    documentFileName(doc.title),
    new Blob([documentJson(doc)], { type: 'application/json' }),
  );
}
