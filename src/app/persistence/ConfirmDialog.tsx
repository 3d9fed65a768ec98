import { type KeyboardEvent, type SyntheticEvent, useEffect, useId, useRef } from 'react';
import { closeConfirm, usePersistenceStore } from './persistenceStore';

/**
 * The question asked before New or Open replaces the current diagram: a native modal
 * `<dialog>` (window.confirm blocks the page and cannot be styled or tested by role; a
 * modal dialog makes the editor inert, so its shortcuts cannot act behind the question).
 * Focus starts on Cancel, the choice that loses nothing, and returns where it was.
 */
export function ConfirmDialog() {
  const request = usePersistenceStore((s) => s.confirm);
  const titleId = useId();
  const messageId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!request || !dialog) return;
    const before = document.activeElement;
    try {
      if (!dialog.open) dialog.showModal();
    } catch {
      dialog.setAttribute('open', '');
    }
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

  // Escape: the browser's own `cancel`, and the key itself where `cancel` is not fired.
  const onCancel = (e: SyntheticEvent) => {
    e.preventDefault();
    closeConfirm();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') onCancel(e);
  };

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      aria-describedby={messageId}
      className="fl-persist-dialog"
      onCancel={onCancel}
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
    </dialog>
  );
}
