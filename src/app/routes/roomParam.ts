/**
 * `?room=<roomId>`: the join link of a workshop room (docs/workshops.md); `?room` alone is
 * the page that asks for the join code. Returns undefined when the address has no `room`,
 * null for the join page, or the id as written (the room page checks its shape).
 * Kept apart from the room's code, which loads only on such a page.
 */
export function roomParam(search: string): string | null | undefined {
  if (typeof search !== 'string' || search.length > 2000) return undefined;
  const value = new URLSearchParams(search).get('room');
  if (value === null) return undefined;
  return value === '' ? null : value.slice(0, 64);
}
