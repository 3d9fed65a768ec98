/**
 * Nothing lost: autosave with restore, damaged-data handling, storage that is
 * full or blocked, two tabs, crash safety with safe mode, and New / Open / Save.
 *
 * Wiring: call `bootPersistence()` in main.tsx before the first render, wrap the app in
 * `<SafeBoundary>`, call `usePersistence()` once in App, render `<FileMenu />` and
 * `<PersistenceNotices />`, and spread `useFileDrop()` on the canvas wrapper. (main.tsx and
 * App import the modules themselves, so that PersistenceNotices loads only when needed.)
 */
export { FileMenu } from './FileMenu';
export { requestNewDocument, requestOpenFile, saveDocumentFile } from './fileActions';
export { checkFileSize, documentFileName, MAX_FILE_BYTES } from './fileChecks';
export { PersistenceNotices } from './PersistenceNotices';
export { SafeBoundary } from './SafeBoundary';
export { autosaveStored, bootPersistence } from './session';
export { useFileDrop } from './useFileDrop';
export { usePersistence } from './usePersistence';
