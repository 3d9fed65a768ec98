import { describe, expect, it } from 'vitest';
import { jsonForTerminal, terminalLine, terminalMessage } from './terminalText';

describe('terminal-safe text', () => {
  it('escapes the sequences that retitle, clear and rewrite a terminal', () => {
    expect(terminalLine('\u001b]0;owned\u0007\u001b[2J')).toBe('\\x1b]0;owned\\x07\\x1b[2J');
    expect(terminalLine('orders\u001b[2K\u001b[1A')).toBe('orders\\x1b[2K\\x1b[1A');
    expect(terminalLine('\u001b]52;c;aGk=\u0007')).toBe('\\x1b]52;c;aGk=\\x07'); // OSC 52: the clipboard
    expect(terminalLine('a\u009b2J')).toBe('a\\x9b2J'); // C1 CSI
    expect(terminalLine('\u202etneilc beW')).toBe('\\u202etneilc beW');
    expect(terminalLine('a\nb\rc')).toBe('a\\x0ab\\x0dc');
    expect(terminalLine('payments (down: redeploy at 20.0 s) – ünïcödé ✓')).toBe(
      'payments (down: redeploy at 20.0 s) – ünïcödé ✓',
    );
  });

  it('keeps the line breaks of a message, nothing else', () => {
    expect(terminalMessage('error: x\n  nodes[0]: "\u001b[31m"\n')).toBe(
      'error: x\n  nodes[0]: "\\x1b[31m"\n',
    );
    expect(terminalMessage('a\tb')).toBe('a\\x09b');
  });

  it('writes C1, bidi and invisible characters in JSON as escapes that parse to the same value', () => {
    const value = { label: 'a\u0085b\u202ec\u200bd\u2028e', plain: 'ok' };
    const json = jsonForTerminal(JSON.stringify(value));
    expect(json).toBe('{"label":"a\\u0085b\\u202ec\\u200bd\\u2028e","plain":"ok"}');
    expect(JSON.parse(json)).toEqual(value);
  });
});
