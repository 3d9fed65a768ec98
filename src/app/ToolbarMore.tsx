import { type MouseEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';

/**
 * The toolbar's less-used actions (the file menu, shortcuts, theme). On a wide window they
 * stand in the toolbar like the rest; on a narrower one (a 1024 or 1280 px projector, a
 * laptop, a phone) layout.css hides them behind one "More" button, so the toolbar keeps
 * to one row and the canvas its height. The same elements serve both: nothing is mounted
 * twice, and a menu opened from inside (a file chooser) keeps working after "More" closes.
 */
export function ToolbarMore({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onEscape = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      // Focus goes back to "More" rather than vanishing with the list.
      if (root.current?.contains(document.activeElement)) toggle.current?.focus();
      setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('keydown', onEscape);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('keydown', onEscape);
    };
  }, [open]);

  // An action chosen closes the list; a button that opens a menu of its own keeps it open.
  const closeAfterAction = (e: MouseEvent) => {
    const button = (e.target as Element).closest('button');
    if (button && !button.hasAttribute('aria-haspopup')) setOpen(false);
  };

  return (
    <div className="fl-toolbar-more" ref={root}>
      <button
        ref={toggle}
        type="button"
        className="fl-button fl-toolbar-more__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        More
        <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
          <path d="m3 4.5 3 3 3-3" fill="none" stroke="currentColor" strokeWidth="1.6" />
        </svg>
      </button>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: only notices which action was chosen; each is a button of its own. */}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: Enter and Space on a button fire this click too. */}
      <div
        id={panelId}
        className="fl-toolbar-more__panel"
        data-open={open || undefined}
        onClick={closeAfterAction}
      >
        {children}
      </div>
    </div>
  );
}
