import { type ComponentType, lazy, useState } from 'react';

/**
 * A lazily loaded component that renders at once when its code is already loaded.
 *
 * `React.lazy` suspends on its first render even when the module has long been fetched, and
 * React reveals a Suspense boundary's content at most once per 300 ms after its fallback
 * showed: a part whose code was fetched ahead (the run summary, fetched once a run plays)
 * still appeared ~300 ms after it was wanted. Once `preload()` has resolved, the component
 * renders directly, with no suspension; before that it falls back to `React.lazy`. The
 * choice is made once per mount, so a mounted part never changes type (and keeps its state).
 */
export function preloadedLazy<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = (): Promise<ComponentType<P>> => {
    loading ??= load().then((component) => {
      loaded = component;
      return component;
    });
    return loading;
  };
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Preloaded(props: P) {
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Component {...props} />;
  }
  return { Component: Preloaded, preload };
}
