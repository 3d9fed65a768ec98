import { type DragEvent, useMemo } from 'react';
import { requestOpenFile } from './fileActions';

function carriesFiles(e: DragEvent): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes('Files');
}

/**
 * Handlers for the canvas wrapper: dropping a .json file opens it (as Open… does, asking
 * first). Drags that carry no files (the palette's) are left alone for other handlers.
 */
export function useFileDrop(): { onDragOver: (e: DragEvent) => void; onDrop: (e: DragEvent) => void } {
  return useMemo(
    () => ({
      onDragOver(e: DragEvent) {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      },
      onDrop(e: DragEvent) {
        const file = e.dataTransfer?.files?.[0];
        if (!file) return;
        e.preventDefault();
        void requestOpenFile(file);
      },
    }),
    [],
  );
}
