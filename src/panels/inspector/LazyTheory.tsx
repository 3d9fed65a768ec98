import { lazy, Suspense } from 'react';
import { useAfterPaint } from '../charts/useAfterPaint';

const TheorySection = lazy(() =>
  import('../theory/TheorySection').then((m) => ({ default: m.TheorySection })),
);

/**
 * The Theory section of a service or database, fetched on first use and mounted only after
 * the frame that shows the selection is painted, so it neither grows the first visit nor
 * delays the inspector (docs/performance.md).
 */
export function LazyTheory({ nodeId }: { nodeId: string }) {
  const shown = useAfterPaint<string | null>(nodeId, null);
  if (shown !== nodeId) return null;
  return (
    <Suspense fallback={null}>
      <TheorySection nodeId={nodeId} />
    </Suspense>
  );
}
