import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PlayerCommand } from '../embed/playerCommand';
import { type PlayerStatus, parsePlayerStatus } from '../embed/playerStatus';
import { type SharedClock, sharedClock } from './linkedClock';

/** The compare view's hold on its two linked players (`?embed&linked` iframes). */
export interface LinkedPlayers {
  clock: SharedClock;
  /** Ref callbacks for the left and right iframes. */
  frameRefs: readonly [(el: HTMLIFrameElement | null) => void, (el: HTMLIFrameElement | null) => void];
  /** Sends one player command to both sides. */
  send: (command: PlayerCommand) => void;
}

/**
 * Drives two same-origin player iframes as one: every command goes to both, and their
 * status messages (accepted only from those two frames, from this origin) make one clock.
 * After a pause, which lands each side where it happened to be, both are sent to the
 * earlier of the two times, so what is compared is always the same instant.
 */
export function useLinkedPlayers(): LinkedPlayers {
  const frames = useRef<[HTMLIFrameElement | null, HTMLIFrameElement | null]>([null, null]);
  const [statuses, setStatuses] = useState<[PlayerStatus | null, PlayerStatus | null]>([null, null]);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== window.location.origin) return;
      const side = frames.current.findIndex((f) => f !== null && f.contentWindow === event.source);
      if (side < 0) return;
      const status = parsePlayerStatus(event.data);
      if (!status) return;
      setStatuses((prev) => {
        const next: [PlayerStatus | null, PlayerStatus | null] = [prev[0], prev[1]];
        next[side] = status;
        return next;
      });
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  const post = useCallback((command: PlayerCommand) => {
    for (const frame of frames.current) frame?.contentWindow?.postMessage(command, window.location.origin);
  }, []);

  // Only a pause leaves the sides apart; a step or a seek moves both by the same exact
  // amount, and their reports arrive one after the other (apart for a moment, not for real).
  const aligning = useRef(false);
  const send = useCallback(
    (command: PlayerCommand) => {
      if (command.type === 'faultline:pause') aligning.current = true;
      else if (command.type !== 'faultline:speed') aligning.current = false;
      post(command);
    },
    [post],
  );

  const clock = useMemo(() => sharedClock(statuses), [statuses]);

  // Keyed on both sides' times: a report that lands after the seek (sent before the worker
  // saw it) moves a side again, and it is sent back again.
  const apartAt = clock.apart ? statuses.map((s) => s?.tMs).join('|') : null;
  useEffect(() => {
    if (apartAt !== null && aligning.current) post({ type: 'faultline:seek', tMs: clock.tMs });
  }, [apartAt, clock.tMs, post]);

  const frameRefs = useMemo(
    () =>
      [0, 1].map((side) => (el: HTMLIFrameElement | null) => {
        frames.current[side] = el;
      }) as unknown as LinkedPlayers['frameRefs'],
    [],
  );

  return { clock, frameRefs, send };
}
