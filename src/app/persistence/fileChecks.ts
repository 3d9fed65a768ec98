/** Largest file Open accepts, checked through `file.size` before reading: a huge file is never read. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

const MB = 1024 * 1024;

/** Null when `size` bytes may be read, else the sentence to show: "This file is 50.0 MB; the limit is 5 MB." */
export function checkFileSize(size: number): string | null {
  if (size <= MAX_FILE_BYTES) return null;
  return `This file is ${(size / MB).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / MB} MB.`;
}

/** `Orders & payments` → `Orders & payments.faultline.json`; characters no file system likes become `-`. */
export function documentFileName(title: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed
  const safe = title.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, '-').replace(/^[\s.-]+|[\s.]+$/g, '');
  return `${safe.slice(0, 80) || 'diagram'}.faultline.json`;
}

/** A file name for the raw text of a damaged autosave. */
export function damagedFileName(now: number): string {
  return `faultline-damaged-autosave-${new Date(now).toISOString().replace(/[:.]/g, '-')}.json`;
}
