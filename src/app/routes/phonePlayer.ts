import type { ViewOptions } from './viewOptions';

/** The widest screen that counts as a phone: a shared link there opens the player. */
export const PHONE_QUERY = '(max-width: 600px)';

/**
 * Whether a page opens the player rather than the editor because the screen is narrow: a
 * shared link (`#d=…`) opened on a phone, with no other page asked for. The editor is far
 * too cramped there to show a diagram; the player shows it fitted, with "Edit" one tap away
 * (which adds `?edit`).
 */
export function opensPhonePlayer(options: ViewOptions, hasLink: boolean, narrow: boolean): boolean {
  return narrow && hasLink && !options.embed && !options.compare && !options.present && !options.edit;
}
