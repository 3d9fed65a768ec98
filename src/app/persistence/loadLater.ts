import { showNotice } from './persistenceStore';

type Later = typeof import('./later');

/**
 * Runs `use` with later.ts, fetched on first use (so it stays out of the first visit's
 * bundle). If it cannot be fetched, nothing changes and a notice says so.
 */
export function later(use: (m: Later) => unknown): Promise<void> {
  return import('./later').then(
    async (m) => {
      await use(m);
    },
    (e: unknown) =>
      showNotice({ kind: 'info', text: `Faultline could not load (${String(e)}). Reload to try again.` }),
  );
}
