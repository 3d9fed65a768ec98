import { describe, expect, it } from 'vitest';
import { opensPhonePlayer } from './phonePlayer';
import { parseViewOptions } from './viewOptions';

describe('opensPhonePlayer', () => {
  it('opens the player for a shared link on a narrow screen', () => {
    expect(opensPhonePlayer(parseViewOptions(''), true, true)).toBe(true);
    expect(opensPhonePlayer(parseViewOptions('?theme=dark&step=2'), true, true)).toBe(true);
  });

  it('keeps the editor on a wide screen, without a link, or when the editor is asked for', () => {
    expect(opensPhonePlayer(parseViewOptions(''), true, false)).toBe(false);
    expect(opensPhonePlayer(parseViewOptions(''), false, true)).toBe(false);
    expect(opensPhonePlayer(parseViewOptions('?edit'), true, true)).toBe(false);
  });

  it('leaves the other pages as they are', () => {
    for (const page of ['?embed', '?compare', '?present'])
      expect(opensPhonePlayer(parseViewOptions(page), true, true)).toBe(false);
  });
});
