import { z } from 'zod';
import { text } from './fields';

/** Bounds of a lesson question: a few short choices, big enough to tap on a phone. */
export const QUESTION_LIMITS = {
  promptLength: 300,
  choiceLength: 120,
  minChoices: 2,
  maxChoices: 6,
} as const;

/**
 * A question a lesson step asks before the run shows the answer ("predict, then reveal"):
 * in a workshop room every follower votes for one of the choices, and the presenter
 * reveals by playing on. The run itself is the answer, so no choice is marked right.
 */
export const lessonQuestionSchema = z.strictObject({
  prompt: text(QUESTION_LIMITS.promptLength),
  choices: z
    .array(
      text(QUESTION_LIMITS.choiceLength).refine((s) => s.trim().length > 0, { error: 'must not be empty' }),
    )
    .min(QUESTION_LIMITS.minChoices, { error: `must have at least ${QUESTION_LIMITS.minChoices} choices` })
    .max(QUESTION_LIMITS.maxChoices, { error: `must have at most ${QUESTION_LIMITS.maxChoices} choices` }),
});
export type LessonQuestion = z.output<typeof lessonQuestionSchema>;

/**
 * The lesson-step keys added after version 2, with the version that introduced them: a
 * version-2 document holding one is refused by name (newerFeatures.ts).
 */
export const LESSON_STEP_SINCE: Readonly<Record<string, number>> = { question: 3 };
