// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { controllerOnManualFrames } from '../../canvas/testing/manualFrames';
import { setViewportController } from '../../canvas/viewportController';
import { usePresenterLayout } from './usePresenterLayout';

afterEach(() => {
  cleanup();
  setViewportController(null);
});

function Presenter({ presenting }: { presenting: boolean }) {
  usePresenterLayout(presenting);
  return null;
}

describe('the presenter layout under StrictMode', () => {
  it('switches the page layout and has the diagram fitted once per change', () => {
    const h = controllerOnManualFrames();
    setViewportController(h.controller);
    const view = render(
      <StrictMode>
        <Presenter presenting />
      </StrictMode>,
    );
    expect(document.documentElement.dataset.presenting).toBe('');
    h.frames(5);
    expect(h.applied).toEqual([{ type: 'fit', durationMs: 200 }]);
    view.rerender(
      <StrictMode>
        <Presenter presenting={false} />
      </StrictMode>,
    );
    expect(document.documentElement.dataset.presenting).toBeUndefined();
    h.frames(5);
    expect(h.applied).toHaveLength(2);
  });

  it('leaves the editor as it is when it opens out of presenter mode', () => {
    const h = controllerOnManualFrames();
    setViewportController(h.controller);
    render(
      <StrictMode>
        <Presenter presenting={false} />
      </StrictMode>,
    );
    h.frames(5);
    expect(h.applied).toEqual([]);
  });
});
