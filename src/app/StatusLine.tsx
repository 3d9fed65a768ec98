import { useEffect } from 'react';
import { useUiStore } from '../store/uiStore';

/** How long a message stays before the line clears itself. */
const SHOW_MS = 6000;

/**
 * The status line (role="status"): what an action did, or why it was refused. Always in the
 * page, so screen readers announce each new message.
 */
export function StatusLine() {
  const status = useUiStore((s) => s.status);
  const clear = useUiStore((s) => s.clearStatus);
  useEffect(() => {
    if (!status) return;
    const t = setTimeout(clear, SHOW_MS);
    return () => clearTimeout(t);
  }, [status, clear]);
  return (
    <div
      role="status"
      aria-live="polite"
      className={`fl-status${status ? ` is-shown fl-status--${status.tone}` : ''}`}
      data-testid="status-line"
    >
      {status?.text}
    </div>
  );
}
