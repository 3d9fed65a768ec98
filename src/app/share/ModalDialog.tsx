import { type ReactNode, useEffect, useId, useRef } from 'react';
import './share.css';

export interface ModalDialogProps {
  /** The dialog's heading and accessible name. */
  title: string;
  /** Escape, the close button or a click on the backdrop. */
  onClose: () => void;
  children: ReactNode;
  /** Extra class for sizing (e.g. "fl-dialog--wide"). */
  className?: string;
  /** Hide the × button (dialogs that must be answered). */
  noCloseButton?: boolean;
}

/**
 * A modal built on the native `<dialog>` (focus trap, Escape and inertness come from the
 * browser; `showModal` gives it role="dialog"), named by its heading.
 */
export function ModalDialog({ title, onClose, children, className, noCloseButton }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  // The latest onClose without re-running the effect (which would close and reopen the dialog).
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // The control that opened the dialog gets focus back when it closes (the dialog leaves
    // the page with its parent, so the browser's own return of focus does not happen).
    const opener = document.activeElement;
    if (!dialog.open) dialog.showModal();
    const onCancel = (e: Event) => {
      e.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`fl-dialog ${className ?? ''}`}
      aria-labelledby={headingId}
      onClick={(e) => {
        // A click on the backdrop lands on the dialog element itself.
        if (e.target === e.currentTarget) onCloseRef.current();
      }}
      onKeyDown={() => {}}
    >
      <div className="fl-dialog__body">
        <header className="fl-dialog__header">
          <h2 id={headingId}>{title}</h2>
          {!noCloseButton && (
            <button
              type="button"
              className="fl-dialog__close"
              aria-label="Close"
              onClick={() => onCloseRef.current()}
            >
              ×
            </button>
          )}
        </header>
        {children}
      </div>
    </dialog>
  );
}
