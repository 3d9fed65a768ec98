/**
 * The schema-using half of editing, in one chunk fetched after startup or on the first edit
 * (./editing.ts): the edits that fill in defaults and validate with the schema, and the
 * stored form of a document. Everything here brings zod, which the first visit does
 * without (docs/performance.md).
 */
export { stripDefaults } from '../model/defaults';
export * as edits from './edits';
