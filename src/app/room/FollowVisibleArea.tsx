import { useReactFlow, useStore } from '@xyflow/react';
import { useEffect } from 'react';
import { panZoomFor, type VisibleArea } from '../../room/protocol';

/**
 * Fits the follower's canvas to the part of the diagram the presenter's canvas shows
 * (visibleArea.ts): all of it, centred, whatever this screen's shape. Renders nothing;
 * inside the follower canvas's React Flow provider.
 */
export function FollowVisibleArea({ area }: { area: VisibleArea }) {
  const { setViewport } = useReactFlow();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const minZoom = useStore((s) => s.minZoom);
  const maxZoom = useStore((s) => s.maxZoom);
  useEffect(() => {
    if (!(width > 0 && height > 0)) return;
    void setViewport(panZoomFor(area, { width, height }, minZoom, maxZoom), { duration: 200 });
  }, [area, width, height, minZoom, maxZoom, setViewport]);
  return null;
}
