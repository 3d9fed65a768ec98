import { useState } from 'react';

/**
 * True from the first render in which `inUse` is true, and from then on. Mounts a lazily
 * loaded part (React.lazy) on its first use and keeps it mounted afterwards, so its state
 * (a chosen duration, a closed summary) lives on as if it had been there from the start.
 */
export function useFirstUse(inUse: boolean): boolean {
  const [used, setUsed] = useState(inUse);
  // Set during render (React's pattern for state derived from a change): no extra commit.
  if (inUse && !used) setUsed(true);
  return used || inUse;
}
