// @vitest-environment happy-dom
import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createRunController } from '../../run/runController';
import { runStore } from '../../store/runStore';
import { Timeline } from './Timeline';

describe('the timeline', () => {
  it('shows how far the run has reached by a transform of its bar, which needs no layout, never by resizing it', () => {
    runStore.getState().reset();
    // A controller whose worker is never needed: the run store is driven directly.
    const controller = createRunController(undefined, new Promise(() => {}));
    const { container } = render(<Timeline controller={controller} />);
    act(() => {
      runStore.setState((s) => ({
        progress: { ...s.progress, tMs: 15_000, reachedMs: 15_000, endMs: 60_000 },
      }));
    });
    const reached = container.querySelector<HTMLElement>('.timeline-reached');
    expect(reached?.style.transform).toBe('scaleX(0.25)');
    expect(reached?.style.width).toBe('');
    controller.dispose();
  });
});
