import { lazy, Suspense, useEffect, useState } from 'react';
import { readSubmitTarget } from './handoutLink';
import { holdsPresenterSeat } from './seatKey';

// The room's code (Yjs, the Hocuspocus provider, the protocol) loads on first use only.
const RoomPanel = lazy(() => import('./RoomPanel'));
const RoomSubmitBar = lazy(() => import('./RoomSubmitBar'));

/**
 * The editor's way into a workshop room: the toolbar's "Room" button, which opens the
 * presenter's room panel (fetched on first click). A tab that was presenting before a
 * reload takes its room back at once (its seat is in sessionStorage). On a copy handed out
 * in a room (`?submit=…`) it also shows the bar to check and submit it.
 */
export default function RoomButton() {
  const [open, setOpen] = useState(false);
  const [target] = useState(() => readSubmitTarget(window.location.search));
  useEffect(() => {
    if (!holdsPresenterSeat()) return;
    import('./presenterSession').then((m) => {
      if (m.resumeRoom()) setOpen(true);
    });
  }, []);
  return (
    <>
      <button
        type="button"
        className="fl-button"
        aria-expanded={open}
        title="A workshop room: your audience follows on their own screens, votes and tries it"
        onClick={() => setOpen((o) => !o)}
      >
        Room
      </button>
      <Suspense fallback={null}>
        {open ? <RoomPanel onClose={() => setOpen(false)} /> : null}
        {target ? <RoomSubmitBar target={target} /> : null}
      </Suspense>
    </>
  );
}
