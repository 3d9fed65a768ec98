// @vitest-environment happy-dom
import { act, cleanup, render } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { exampleDocument, useDocumentStore } from '../store/documentStore';
import { useUiStore } from '../store/uiStore';
import { controllerOnManualFrames } from './testing/manualFrames';
import { useFitWhenShownLayoutChanges, useRevealCreatedNodes } from './viewKeeping';
import type { ViewportController } from './viewportController';

afterEach(() => {
  cleanup();
  useUiStore.setState({ reveal: null });
  useDocumentStore.getState().replaceDocument(exampleDocument());
});

function ShownLayoutProbe({
  shown,
  view,
}: {
  shown: ReadonlyMap<string, unknown> | null;
  view: ViewportController;
}) {
  useFitWhenShownLayoutChanges(shown, view);
  return null;
}

function RevealProbe({ view }: { view: ViewportController }) {
  useRevealCreatedNodes(view);
  return null;
}

describe('keeping the view under StrictMode (effects run twice on mount)', () => {
  it('fits once per changed shown layout, and not for the one the canvas opened with', () => {
    const h = controllerOnManualFrames();
    const view = render(
      <StrictMode>
        <ShownLayoutProbe shown={null} view={h.controller} />
      </StrictMode>,
    );
    h.frames(5);
    expect(h.applied).toEqual([]);
    const columns = new Map([['orders', { x: 0, y: 0 }]]);
    view.rerender(
      <StrictMode>
        <ShownLayoutProbe shown={columns} view={h.controller} />
      </StrictMode>,
    );
    h.frames(5);
    view.rerender(
      <StrictMode>
        <ShownLayoutProbe shown={columns} view={h.controller} />
      </StrictMode>,
    );
    h.frames(5);
    expect(h.applied).toEqual([{ type: 'fit', durationMs: 200 }]);
  });

  it('asks once for each reveal, with the neighbours of the revealed nodes', () => {
    const asked: string[][] = [];
    const h = controllerOnManualFrames({
      facts: {
        outside: (ids) => {
          asked.push([...ids].sort());
          return true;
        },
      },
    });
    render(
      <StrictMode>
        <RevealProbe view={h.controller} />
      </StrictMode>,
    );
    act(() => useUiStore.getState().revealNodes(['payments']));
    h.frames(5);
    expect(h.applied).toEqual([{ type: 'fit', durationMs: 250 }]);
    // The example's chain: orders calls payments.
    expect(asked).toEqual([['orders', 'payments']]);
  });
});
