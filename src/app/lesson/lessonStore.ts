import { create } from 'zustand';
import { parseViewOptions } from '../routes/viewOptions';
import { withFlag } from '../routes/viewUrl';
import type { StepIndex } from './lessonSteps';

export interface LessonState {
  /** The lesson step shown (from 0), or null at the lesson's start. */
  current: StepIndex;
  /** Presenter mode: palette, inspector and panels hidden; canvas and caption large. */
  presenting: boolean;
  setCurrent: (current: StepIndex) => void;
  setPresenting: (presenting: boolean) => void;
}

/** `?present` opens the editor in presenter mode (a workshop link; docs/lessons.md). */
function presentRequested(): boolean {
  return parseViewOptions(globalThis.location?.search ?? '').present;
}

/**
 * The editor's lesson state: which step is shown and whether the presenter layout is on.
 * Not part of the document and never an undo step. The lesson director (lessonDirector.ts)
 * moves `current`; the lesson bar, the focus layer and the Present button read it.
 */
export const useLessonStore = create<LessonState>()((set) => ({
  current: null,
  presenting: presentRequested(),
  setCurrent: (current) => set({ current }),
  setPresenting: (presenting) => {
    set({ presenting });
    showInAddress(presenting);
  },
}));

/** Keeps `?present` in the address in step with the layout, so a reload stays as it is. */
function showInAddress(presenting: boolean): void {
  const { location, history } = globalThis;
  if (!location || !history) return;
  if (parseViewOptions(location.search).present === presenting) return;
  history.replaceState(history.state, '', withFlag(location.href, 'present', presenting));
}
