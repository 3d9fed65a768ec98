import { useEffect } from 'react';
import { useDocumentStore } from '../store/documentStore';

/** The browser tab shows the diagram's title, so several open diagrams can be told apart. */
export function useWindowTitle(): void {
  const title = useDocumentStore((s) => s.doc.title);
  useEffect(() => {
    document.title = title ? `${title} — Faultline` : 'Faultline';
  }, [title]);
}
