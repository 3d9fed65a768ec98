/**
 * Lessons in the editor (docs/lessons.md): the lesson bar with its steps,
 * the focus of a step on the canvas, and presenter mode (`?present`, the Present button).
 * The step logic is pure (lessonSteps.ts); lessonDirector.ts applies it to the run.
 */
export { LessonBar } from './LessonBar';
export { LessonFocus } from './LessonFocus';
export { type LessonDirector, lessonDirector } from './lessonDirector';
export { useLessonStore } from './lessonStore';
export { PresentButton } from './PresentButton';
