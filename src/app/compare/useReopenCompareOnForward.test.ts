import { describe, expect, it } from 'vitest';
import { isCompareAddress } from './useReopenCompareOnForward';

describe('isCompareAddress', () => {
  it('knows the compare page by its query or by two diagrams in the fragment', () => {
    expect(isCompareAddress({ search: '?compare', hash: '#d=1.a&b=1.b' })).toBe(true);
    expect(isCompareAddress({ search: '?compare=a,b', hash: '' })).toBe(true);
    expect(isCompareAddress({ search: '', hash: '#d=1.a&b=1.b' })).toBe(true);
    expect(isCompareAddress({ search: '', hash: '#d=1.a' })).toBe(false);
    expect(isCompareAddress({ search: '?present', hash: '' })).toBe(false);
  });
});
