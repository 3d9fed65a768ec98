import { useEffect } from 'react';
import { isTypingTarget } from '../shortcuts';
import type { LessonDirector } from './lessonDirector';
import { useLessonStore } from './lessonStore';

/** Widgets that move their own focus or value with the arrow keys. */
const ARROW_WIDGETS =
  '.react-flow__node, .react-flow__edge, [role="slider"], [role="menu"], [role="menubar"], [role="listbox"], [role="radiogroup"], [role="tablist"], [role="grid"], [role="tree"]';

/**
 * Whether an arrow key belongs to what has the focus: a field or a slider (the timeline's
 * scrubber), a menu or list, or a node or edge of the canvas (arrows move selected nodes).
 */
function arrowsBelongTo(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (isTypingTarget(target) || target instanceof HTMLInputElement) return true;
  return target.closest(ARROW_WIDGETS) !== null;
}

/**
 * The presenter's keys, on the whole window: Page Down / Page Up (what presentation clickers
 * send) and → / ← for the next and previous step, Escape to leave presenter mode. Not while
 * typing, nor while a dialog is open.
 */
export function useLessonKeys(director: LessonDirector, hasSteps: boolean): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return;
      if (isTypingTarget(e.target) || document.querySelector('dialog[open]')) return;
      const presenting = useLessonStore.getState().presenting;
      const arrow = e.key === 'ArrowRight' || e.key === 'ArrowLeft';
      if (e.key === 'Escape' && presenting) {
        useLessonStore.getState().setPresenting(false);
      } else if (!hasSteps || (arrow && arrowsBelongTo(e.target))) {
        return;
      } else if (e.key === 'PageDown' || e.key === 'ArrowRight') {
        director.next();
      } else if (e.key === 'PageUp' || e.key === 'ArrowLeft') {
        director.previous();
      } else {
        return;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [director, hasSteps]);
}
