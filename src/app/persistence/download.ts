import { type FaultlineDocument, stripDefaults } from '../../model';
import { documentFileName } from './fileChecks';

/**
 * Offers `text` as a file download through a Blob URL. Returns false (never throws) where
 * the browser refuses, so callers can say so instead of failing silently.
 */
export function downloadText(fileName: string, text: string, type = 'application/json'): boolean {
  try {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.rel = 'noopener';
    a.style.display = 'none';
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

/** The document as a file: defaults stripped, pretty-printed. */
export function documentFileText(doc: FaultlineDocument): string {
  return `${JSON.stringify(stripDefaults(doc), null, 2)}\n`;
}

/** Downloads `doc` as `<title>.faultline.json` (or `<title><suffix>.faultline.json`). */
export function downloadDocument(doc: FaultlineDocument, suffix = ''): boolean {
  try {
    return downloadText(documentFileName(`${doc.title}${suffix}`), documentFileText(doc));
  } catch {
    return false;
  }
}
