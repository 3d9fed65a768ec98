/**
 * The sessionStorage key of the presenter's seat in a room (presenterSeat.ts). Apart, so the
 * toolbar's Room button can see a seat to take back after a reload without fetching the
 * room's code.
 */
export const PRESENTER_SEAT_KEY = 'faultline.room.presenter';

/** Whether this tab holds a presenter's seat (a reload of a presenting tab). */
export function holdsPresenterSeat(): boolean {
  try {
    return globalThis.sessionStorage?.getItem(PRESENTER_SEAT_KEY) != null;
  } catch {
    return false;
  }
}
