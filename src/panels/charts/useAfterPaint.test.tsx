// @vitest-environment happy-dom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { useAfterPaint } from './useAfterPaint';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function Probe({ value }: { value: string }) {
  return <p data-testid="shown">{useAfterPaint(value)}</p>;
}

it('shows a new value only after the next animation frame and a task after it', () => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
  });
  const { getByTestId, rerender } = render(<Probe value="orders" />);
  expect(getByTestId('shown').textContent).toBe('orders');
  rerender(<Probe value="payments" />);
  // The frame that shows the click (the inspector) is not held up by this value's work.
  expect(getByTestId('shown').textContent).toBe('orders');
  act(() => vi.advanceTimersToNextFrame());
  expect(getByTestId('shown').textContent).toBe('orders');
  act(() => vi.runOnlyPendingTimers());
  expect(getByTestId('shown').textContent).toBe('payments');
});

function DeferredFromMount({ value }: { value: string }) {
  return <p data-testid="shown">{useAfterPaint<string | null>(value, null) ?? 'nothing yet'}</p>;
}

it('with an initial value, defers the first showing too', () => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
  });
  const { getByTestId } = render(<DeferredFromMount value="orders" />);
  expect(getByTestId('shown').textContent).toBe('nothing yet');
  act(() => vi.advanceTimersToNextFrame());
  expect(getByTestId('shown').textContent).toBe('nothing yet');
  act(() => vi.runOnlyPendingTimers());
  expect(getByTestId('shown').textContent).toBe('orders');
});
