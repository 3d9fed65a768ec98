import { describe, expect, it } from 'vitest';
import { pasteChoice } from './usePasteRouting';

const link = 'https://faultline.example/#d=1.eJxLTEoGAAJNASc';

describe('what a paste on the editor does', () => {
  it('opens a pasted diagram (through the decoder, after asking)', () => {
    expect(pasteChoice({ text: link, armed: true, nodesNewerThanClipboard: false })).toBe('diagram');
    expect(
      pasteChoice({ text: '{"version":2,"nodes":[]}', armed: false, nodesNewerThanClipboard: false }),
    ).toBe('diagram');
  });

  it('pastes the nodes just copied even when an older link is still on the system clipboard', () => {
    expect(pasteChoice({ text: link, armed: true, nodesNewerThanClipboard: true })).toBe('nodes');
  });

  it('pastes copied nodes for any other text, and does nothing for an empty paste it did not expect', () => {
    expect(pasteChoice({ text: 'orders', armed: true, nodesNewerThanClipboard: false })).toBe('nodes');
    expect(pasteChoice({ text: '', armed: true, nodesNewerThanClipboard: false })).toBe('nodes');
    expect(pasteChoice({ text: '', armed: false, nodesNewerThanClipboard: false })).toBe('nothing');
  });
});
