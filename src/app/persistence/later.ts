/**
 * What persistence fetches on first use rather than with the first visit (whose bundle
 * has a size budget): opening and saving files, keeping replaced diagrams in Recent,
 * pasting a diagram, tidying copies other tabs left, and the Recent dialog. One module,
 * so the first visit's bundle names one chunk to fetch instead of one per feature.
 */

export { requestOpenPasted } from './documentPaste';
export { openFileAsking, saveFile } from './fileOpenSave';
export { RecentDiagramsDialog } from './RecentDiagramsDialog';
export { keepCurrentDiagram, replaceDiagram } from './replaceDiagram';
export { tidyKeptCopies } from './tidyKeptCopies';
