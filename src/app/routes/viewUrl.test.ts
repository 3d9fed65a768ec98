import { describe, expect, it } from 'vitest';
import { parseViewOptions } from './viewOptions';
import { withFlag } from './viewUrl';

describe('withFlag', () => {
  it('switches a flag on and off, keeping other options and the fragment', () => {
    const on = withFlag('https://x.test/app/?theme=dark#d=1.abc', 'present', true);
    expect(on).toBe('/app/?present&theme=dark#d=1.abc');
    expect(parseViewOptions(on.slice(on.indexOf('?'), on.indexOf('#')))).toMatchObject({
      present: true,
      theme: 'dark',
    });
    expect(withFlag(`https://x.test${on}`, 'present', false)).toBe('/app/?theme=dark#d=1.abc');
    expect(withFlag('https://x.test/?present=1', 'present', false)).toBe('/');
    expect(withFlag('https://x.test/', 'present', true)).toBe('/?present');
  });
});
