import { stripDefaults } from '../../model/defaults';
import type { FaultlineDocument } from '../../model/schema';

/** The document as a JSON file: defaults left out (like a link), indented for people and diffs. */
export function documentJson(doc: FaultlineDocument): string {
  return `${JSON.stringify(stripDefaults(doc), null, 2)}\n`;
}

/** A file name from the title: letters, digits and dashes, never empty. */
export function fileNameFor(title: string, extension: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
  return `${base || 'faultline-diagram'}.${extension}`;
}
