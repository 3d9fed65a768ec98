import { describe, expect, it } from 'vitest';
import { parseViewOptions } from '../routes/viewOptions';
import { appBase, embedUrl, iframeSnippet, isLongLink, shareUrl } from './shareUrls';

const base = appBase({ origin: 'https://faultline.example', pathname: '/app/' });

describe('share URLs', () => {
  it('puts content in the fragment and view options in the query', () => {
    expect(shareUrl(base, '#d=1.abc')).toBe('https://faultline.example/app/#d=1.abc');
    expect(shareUrl(base, 'd=1.abc')).toBe('https://faultline.example/app/#d=1.abc');
    const embed = new URL(embedUrl(base, '#d=1.abc', { autoplay: true }));
    expect(embed.hash).toBe('#d=1.abc');
    expect(parseViewOptions(embed.search)).toMatchObject({ embed: true, autoplay: true });
  });

  it('escapes the iframe attributes', () => {
    const html = iframeSnippet(embedUrl(base, '#d=1.a"b'), 'A "quoted" <title>');
    expect(html).toContain('src="https://faultline.example/app/?embed#d=1.a&quot;b"');
    expect(html).toContain('title="A &quot;quoted&quot; &lt;title&gt;"');
    expect(html).toMatch(/width="\d+" height="\d+"/);
  });

  it('calls a link long past 8000 characters', () => {
    expect(isLongLink('x'.repeat(8000))).toBe(false);
    expect(isLongLink('x'.repeat(8001))).toBe(true);
  });
});
