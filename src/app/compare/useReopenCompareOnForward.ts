import { useEffect } from 'react';
import { parseViewOptions } from '../routes/viewOptions';

/** Whether an address is the compare page's (`?compare`, or two diagrams in the fragment). */
export function isCompareAddress(location: { search: string; hash: string }): boolean {
  return parseViewOptions(location.search).compare || /^#d=[^&]*&b=/.test(location.hash);
}

/**
 * In the editor: when the browser's Forward (or Back) lands on a compare address pushed by
 * an earlier comparison, load that page, as a reload of it would. Kept out of the compare
 * chunk on purpose (the editor's first visit loads only this check, not the decoder); the
 * editor autosaves on the way out, as before any reload.
 */
export function useReopenCompareOnForward(): void {
  useEffect(() => {
    const onPopState = () => {
      if (isCompareAddress(window.location)) window.location.reload();
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);
}
