/**
 * `text` as an absolute http(s) URL, or null. For any future link-like field (for example
 * an "Open in Faultline" target): no URL field may hold anything but `http:`/`https:`, or a
 * `javascript:` link would run code on a click. The WHATWG parser strips tabs and newlines and lower-cases the scheme,
 * so `java\tscript:` and `JaVaScRiPt:` are seen for what they are and refused.
 */
export function safeHttpUrl(text: string): string | null {
  if (typeof text !== 'string' || text.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
