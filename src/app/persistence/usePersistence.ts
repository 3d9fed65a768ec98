import { useEffect, useState } from 'react';
import { persistenceSession, startAutosave } from './session';

/**
 * Call once, in App. Boots persistence if main.tsx has not (restore the autosave, or the
 * example, or safe mode), and once App has rendered: clears the boot marker and autosaves
 * every change, debounced and flushed when the page is hidden or left.
 */
export function usePersistence(): void {
  const [session] = useState(persistenceSession);
  useEffect(() => startAutosave(session), [session]);
}
