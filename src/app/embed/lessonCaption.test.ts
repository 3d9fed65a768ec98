import { describe, expect, it } from 'vitest';
import { lessonStepAt, stepStartMs } from './lessonCaption';

const lesson = [{ caption: 'first', atS: 10 }, { caption: 'untimed' }, { caption: 'third', atS: 21 }];

describe('lesson captions', () => {
  it('shows the last timed step reached', () => {
    expect(lessonStepAt(lesson, 9_999)).toBeNull();
    expect(lessonStepAt(lesson, 10_000)).toBe(0);
    expect(lessonStepAt(lesson, 30_000)).toBe(2);
    expect(lessonStepAt([], 30_000)).toBeNull();
  });

  it('starts ?step=N at that step, when it has a time', () => {
    expect(stepStartMs(lesson, 3)).toBe(21_000);
    expect(stepStartMs(lesson, 2)).toBeNull();
    expect(stepStartMs(lesson, 9)).toBeNull();
    expect(stepStartMs(lesson, null)).toBeNull();
  });
});
