import { type KeyboardEvent, useEffect, useId, useRef } from 'react';
import { closeConfirm, usePersistenceStore } from './persistenceStore';

/**
 * The question asked before New or Open replaces the current diagram: a modal dialog of
 * our own (window.confirm blocks the page and cannot be styled or tested by role).
 * Focus starts on Cancel, the choice that loses nothing, and returns where it was.
 */
export function ConfirmDialog() {
  const request = usePersistenceStore((s) => s.confirm);
  const titleId = useId();
  const messageId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!request) return;
    const before = document.activeElement;
    cancelRef.current?.focus();
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, [request]);

  if (!request) return null;

  const confirm = () => {
    closeConfirm();
    try {
      request.onConfirm();
    } catch (e) {
      console.error('Faultline: the confirmed action failed', e);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      closeConfirm();
    } else if (e.key === 'Tab') {
      // Keep focus inside the dialog while it is open.
      const buttons = dialogRef.current?.querySelectorAll('button') ?? [];
      const first = buttons[0];
      const last = buttons[buttons.length - 1];
      if (e.shiftKey && document.activeElement === first) {
        e.preventDefault();
        last?.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first?.focus();
      }
    }
  };

  return (
    <div className="fl-persist-backdrop">
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={messageId}
        className="fl-persist-dialog"
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>{request.title}</h2>
        <p id={messageId}>{request.message}</p>
        <div className="fl-persist-dialog-actions">
          <button type="button" className="fl-button" ref={cancelRef} onClick={closeConfirm}>
            Cancel
          </button>
          <button type="button" className="fl-button fl-button--primary" onClick={confirm}>
            {request.confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
