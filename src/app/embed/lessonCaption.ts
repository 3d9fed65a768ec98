import type { LessonStep } from '../../model';

/** The index of the lesson step shown at `tMs`: the last timed step reached, or null before the first. */
export function lessonStepAt(lesson: readonly LessonStep[], tMs: number): number | null {
  let shown: number | null = null;
  lesson.forEach((step, i) => {
    if (step.atS !== undefined && step.atS * 1000 <= tMs) shown = i;
  });
  return shown;
}

/** Where `?step=N` (counted from 1) starts the run, in ms; null when there is no such timed step. */
export function stepStartMs(lesson: readonly LessonStep[], step: number | null): number | null {
  if (step === null) return null;
  const s = lesson[step - 1];
  return s?.atS === undefined ? null : s.atS * 1000;
}
