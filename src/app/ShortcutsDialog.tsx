import { useEffect, useRef } from 'react';
import { useUiStore } from '../store/uiStore';
import { SHORTCUTS } from './shortcutList';

/** The "?" dialog: every shortcut. A native modal <dialog>, so focus is trapped and Escape closes it. */
export function ShortcutsDialog() {
  const open = useUiStore((s) => s.shortcutsOpen);
  const setOpen = useUiStore((s) => s.setShortcutsOpen);
  const ref = useRef<HTMLDialogElement>(null);
  // What had focus when the dialog opened ("?" pressed there): it gets focus back on close.
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      opener.current = document.activeElement;
      d.showModal?.();
    }
    if (!open && d.open) d.close();
    if (!open && opener.current instanceof HTMLElement && opener.current.isConnected) {
      opener.current.focus();
      opener.current = null;
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="fl-keys-dialog"
      aria-labelledby="shortcuts-title"
      onClose={() => setOpen(false)}
    >
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table className="fl-shortcuts">
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.keys}>
              <th scope="row">
                <kbd>{s.keys}</kbd>
              </th>
              <td>{s.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="fl-keys-dialog__actions">
        <button type="button" className="fl-button fl-button--primary" onClick={() => setOpen(false)}>
          Close
        </button>
      </div>
    </dialog>
  );
}
