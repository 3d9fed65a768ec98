// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { preloadedLazy } from './preloadedLazy';

afterEach(cleanup);

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

describe('preloadedLazy', () => {
  it('renders in the same commit once preloaded: no fallback, no suspension', async () => {
    let loads = 0;
    const part = preloadedLazy(async () => {
      loads++;
      return Greeting;
    });
    await part.preload();
    await part.preload();
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <part.Component name="Ada" />
      </Suspense>,
    );
    // Synchronously there, without awaiting anything.
    expect(screen.getByText('Hello Ada')).toBeTruthy();
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(loads).toBe(1);
  });

  it('suspends like React.lazy when its code is not loaded yet, then shows it', async () => {
    let resolve: (c: typeof Greeting) => void = () => {};
    const part = preloadedLazy(() => new Promise<typeof Greeting>((r) => (resolve = r)));
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <part.Component name="Grace" />
      </Suspense>,
    );
    expect(screen.getByText('Loading…')).toBeTruthy();
    await act(async () => resolve(Greeting));
    expect(await screen.findByText('Hello Grace')).toBeTruthy();
  });
});
