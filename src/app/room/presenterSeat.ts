import { isRoomId, PRESENTER_TOKEN_PATTERN } from '../../room/protocol';

/** The presenter's hold on a room: kept in this tab only (sessionStorage), never in a link. */
export interface PresenterSeat {
  roomId: string;
  joinCode: string;
  presenterToken: string;
}

import { PRESENTER_SEAT_KEY } from './seatKey';

export { PRESENTER_SEAT_KEY };

/** The seat kept in this tab, or null (none, unreadable or not of the right shape). */
export function readPresenterSeat(
  storage: Storage | undefined = globalThis.sessionStorage,
): PresenterSeat | null {
  try {
    const raw = storage?.getItem(PRESENTER_SEAT_KEY);
    if (!raw) return null;
    const seat = JSON.parse(raw) as Partial<PresenterSeat>;
    if (
      typeof seat.roomId === 'string' &&
      isRoomId(seat.roomId) &&
      typeof seat.joinCode === 'string' &&
      typeof seat.presenterToken === 'string' &&
      PRESENTER_TOKEN_PATTERN.test(seat.presenterToken)
    )
      return { roomId: seat.roomId, joinCode: seat.joinCode, presenterToken: seat.presenterToken };
  } catch {
    // Storage unavailable or damaged: no seat.
  }
  return null;
}

/** Keeps the seat in this tab, so a reload keeps the room; null forgets it (the room was left). */
export function keepPresenterSeat(
  seat: PresenterSeat | null,
  storage: Storage | undefined = globalThis.sessionStorage,
): void {
  try {
    if (seat) storage?.setItem(PRESENTER_SEAT_KEY, JSON.stringify(seat));
    else storage?.removeItem(PRESENTER_SEAT_KEY);
  } catch {
    // Storage unavailable: the room lasts as long as this page.
  }
}
