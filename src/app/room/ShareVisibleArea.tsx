import { useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import { sameArea, type VisibleArea, visibleAreaOf } from '../../room/protocol';
import type { PresenterRoom } from './presenterSync';

/** At most this often (wall ms) the presenter's visible area is written: about four times a second. */
export const VISIBLE_AREA_INTERVAL_MS = 250;

/**
 * Shares the part of the diagram the presenter's canvas shows (in flow coordinates, so it
 * means the same on every follower's screen), throttled and only when it changed. Renders
 * nothing; lives in the room panel, inside the editor's React Flow provider.
 */
export function ShareVisibleArea({ room }: { room: PresenterRoom }) {
  const store = useStoreApi();
  useEffect(() => {
    let sent: VisibleArea | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let lastMs = Number.NEGATIVE_INFINITY;
    const send = () => {
      timer = null;
      const { transform, width, height } = store.getState();
      const area = visibleAreaOf({ x: transform[0], y: transform[1], zoom: transform[2] }, { width, height });
      if (!area || sameArea(sent, area)) return;
      sent = area;
      lastMs = performance.now();
      room.set('visibleArea', area);
    };
    const changed = () => {
      if (timer) return;
      const wait = Math.max(0, lastMs + VISIBLE_AREA_INTERVAL_MS - performance.now());
      timer = setTimeout(send, wait);
    };
    changed();
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.transform !== prev.transform || s.width !== prev.width || s.height !== prev.height) changed();
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [store, room]);
  return null;
}
