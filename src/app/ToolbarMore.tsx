import { type MouseEvent, type ReactNode, useId, useRef } from 'react';

/**
 * The toolbar's less-used actions (the file menu, shortcuts, theme). On a wide window they
 * stand in the toolbar like the rest; on a narrower one (a 1024 or 1280 px projector, a
 * laptop, a phone) layout.css hides them behind one "More" button, so the toolbar keeps
 * to one row and the canvas its height. The same elements serve both: nothing is mounted
 * twice, and a menu opened from inside (a file chooser) keeps working after "More" closes.
 * The list is a native popover: a click outside or Escape closes it, and focus goes back
 * to "More".
 */
export function ToolbarMore({ children }: { children: ReactNode }) {
  const panelId = useId();
  const panel = useRef<HTMLDivElement>(null);
  // An action chosen closes the list; a button that opens a menu of its own keeps it open.
  const closeAfterAction = (e: MouseEvent) => {
    const button = (e.target as Element).closest('button');
    if (button && !button.hasAttribute('aria-haspopup') && panel.current?.matches(':popover-open'))
      panel.current.hidePopover();
  };
  return (
    <div className="fl-toolbar-more">
      <button type="button" className="fl-button fl-toolbar-more__toggle" popoverTarget={panelId}>
        More
        <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
          <path d="m3 4.5 3 3 3-3" fill="none" stroke="currentColor" strokeWidth="1.6" />
        </svg>
      </button>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: only notices which action was chosen; each is a button of its own. */}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: Enter and Space on a button fire this click too. */}
      <div
        id={panelId}
        ref={panel}
        popover="auto"
        className="fl-toolbar-more__panel"
        onClick={closeAfterAction}
      >
        {children}
      </div>
    </div>
  );
}
