import { describe, expect, it } from 'vitest';
import { isOwnScriptUrl } from './trustedTypes';

describe('isOwnScriptUrl', () => {
  const origin = 'https://faultline.example';
  it('allows this origin only', () => {
    expect(isOwnScriptUrl('https://faultline.example/assets/simulation.worker-abc.js', origin)).toBe(true);
    expect(isOwnScriptUrl('/assets/simulation.worker-abc.js', origin)).toBe(true);
    expect(isOwnScriptUrl('blob:https://faultline.example/1234', origin)).toBe(true);
    expect(isOwnScriptUrl('https://evil.example/x.js', origin)).toBe(false);
    expect(isOwnScriptUrl('//evil.example/x.js', origin)).toBe(false);
    expect(isOwnScriptUrl('blob:https://evil.example/1234', origin)).toBe(false);
    expect(isOwnScriptUrl('data:text/javascript,alert(1)', origin)).toBe(false);
    expect(isOwnScriptUrl('javascript:alert(1)', origin)).toBe(false);
  });
});
