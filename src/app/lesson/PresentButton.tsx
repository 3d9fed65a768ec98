import { useLessonStore } from './lessonStore';
import './lesson.css';

/** The toolbar's "Present" toggle: the presenter layout on or off (Escape leaves it too). */
export function PresentButton() {
  const presenting = useLessonStore((s) => s.presenting);
  const setPresenting = useLessonStore((s) => s.setPresenting);
  return (
    <button
      type="button"
      className="fl-button lesson-present"
      aria-pressed={presenting}
      title={
        presenting ? 'Leave presenter mode (Escape)' : 'Presenter mode: the canvas and the lesson, large'
      }
      onClick={() => setPresenting(!presenting)}
    >
      Present
    </button>
  );
}
