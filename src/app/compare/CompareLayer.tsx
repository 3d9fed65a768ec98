import { useEffect, useRef } from 'react';
import type { FaultlineDocument } from '../../model';
import { parseViewOptions } from '../routes/viewOptions';
import { CompareView } from './CompareView';
import { compareLinkProblem, compareUrl } from './compareRoute';

export interface CompareLayerProps {
  left: FaultlineDocument;
  right: FaultlineDocument;
  /** Called when the person leaves the comparison (its Back button or the browser's). */
  onClose: () => void;
}

const here = () => `${window.location.pathname}${window.location.search}${window.location.hash}`;

/**
 * The compare view over the editor, at the compare page's own address: opening it pushes
 * `?compare#d=…&b=…` as a new history entry, so a reload, a bookmark or the copied address
 * shows the same comparison (as the `?compare` page), and the browser's Back returns to the
 * editor, as does "Back to the editor". The editor stays mounted underneath with its undo
 * history; it autosaves before a reload as always.
 */
export function CompareLayer({ left, right, onClose }: CompareLayerProps) {
  const pushed = useRef(false);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const theme = parseViewOptions(window.location.search).theme;
    const address = compareUrl(window.location.pathname, left, right, { theme });
    // An effect may run twice for one opening (React's StrictMode): push only once. A pair
    // too large for a link gets no address: reloading it could not open it again.
    if (here() !== address && compareLinkProblem(left, right) === null) {
      try {
        window.history.pushState(window.history.state, '', address);
        pushed.current = true;
      } catch {
        // An address the browser will not keep (too long for it): the view still works.
      }
    }
    const onPopState = () => onCloseRef.current();
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [left, right]);

  const back = () => {
    // Going back pops the compare address; the popstate listener then closes the view.
    if (pushed.current) window.history.back();
    else onCloseRef.current();
  };

  return (
    <div className="fl-compare-layer">
      <CompareView left={left} right={right} onBack={back} />
    </div>
  );
}
