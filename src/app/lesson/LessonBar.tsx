import { useDocumentStore } from '../../store/documentStore';
import { runController } from '../run/sharedRunController';
import { lessonDirector } from './lessonDirector';
import { useLessonStore } from './lessonStore';
import { useLessonKeys } from './useLessonKeys';
import { usePresenterLayout } from './usePresenterLayout';
import './lesson.css';

/**
 * The lesson bar over the canvas, when the document has lesson steps: "Step 2 of 4", the
 * caption in large type, Previous / Next. Captions are the document's text, shown as text.
 * It also owns the presenter's keys and layout (presenter mode works without a lesson too).
 */
export function LessonBar() {
  const lesson = useDocumentStore((s) => s.doc.lesson);
  const title = useDocumentStore((s) => s.doc.title);
  const current = useLessonStore((s) => s.current);
  const presenting = useLessonStore((s) => s.presenting);
  const director = lessonDirector(runController());
  useLessonKeys(director, lesson.length > 0);
  usePresenterLayout(presenting);
  if (lesson.length === 0) return null;
  const step = current === null ? null : lesson[current];
  return (
    <section className="lesson-bar" aria-label="Lesson">
      <p className="lesson-bar__count" data-testid="lesson-count">
        {step === null ? `Lesson · ${lesson.length} steps` : `Step ${(current ?? 0) + 1} of ${lesson.length}`}
      </p>
      <p className="lesson-bar__caption" aria-live="polite" data-testid="lesson-caption">
        {step === null ? `${title}: press Next step (→ or Page Down) to start.` : step.caption}
      </p>
      <div className="lesson-bar__nav">
        <button
          type="button"
          className="fl-button"
          aria-label="Previous step"
          title="Previous step (← or Page Up)"
          disabled={current === null}
          onClick={() => director.previous()}
        >
          ← Previous
        </button>
        <button
          type="button"
          className="fl-button fl-button--primary"
          aria-label="Next step"
          title="Next step (→ or Page Down)"
          disabled={current === lesson.length - 1}
          onClick={() => director.next()}
        >
          Next →
        </button>
      </div>
    </section>
  );
}
