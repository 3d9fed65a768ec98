import { lazy, Suspense, useState } from 'react';
import { useFirstUse } from '../useFirstUse';
import { dismissSweepLink, sweepLinkWaiting } from './sweepLinkPending';

const SeedsPanel = lazy(() => import('./SeedsPanel').then((m) => ({ default: m.SeedsPanel })));

/**
 * The run bar's "Seeds and sweeps" button and the panel it opens (fetched on the first
 * click). Once opened, the panel stays mounted, hidden when closed, so its results and its
 * runs live on. A sweep link opens it with the sweep filled in.
 */
export function SeedsLauncher() {
  const [open, setOpen] = useState(sweepLinkWaiting);
  const used = useFirstUse(open);
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        onClick={() => {
          if (open) dismissSweepLink();
          setOpen(!open);
        }}
      >
        Seeds and sweeps
      </button>
      {used ? (
        <Suspense fallback={null}>
          <SeedsPanel
            open={open}
            onClose={() => {
              dismissSweepLink();
              setOpen(false);
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
