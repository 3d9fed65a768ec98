import { describe, expect, it } from 'vitest';
import { qrCodeDataUrl } from './qrCode';

describe('qrCodeDataUrl', () => {
  it('renders a link as an SVG data URL', () => {
    const url = qrCodeDataUrl('https://faultline.example/#d=1.abc');
    expect(url?.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    const svg = decodeURIComponent(url!.slice(url!.indexOf(',') + 1));
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<path');
  });

  it('gives null for text no QR code can hold', () => {
    expect(qrCodeDataUrl('x'.repeat(5000))).toBeNull();
  });
});
