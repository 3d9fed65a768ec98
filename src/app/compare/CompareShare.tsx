import { useRef, useState } from 'react';
import type { FaultlineDocument } from '../../model';
import { appBase, iframeSnippet, isLongLink, LONG_LINK_CHARS } from '../share/shareUrls';
import { compareLinkProblem, compareUrl } from './compareRoute';

export interface CompareShareProps {
  left: FaultlineDocument;
  right: FaultlineDocument;
}

/** Iframe size the embed code suggests: two players side by side need room. */
const EMBED_SIZE = { width: 1100, height: 760 } as const;

type Copied = { what: 'Link' | 'Embed code'; how: 'copied' | 'selected' } | null;

/**
 * "Copy link" and "Copy embed code" for the comparison: its own address (both documents
 * in the fragment), and an iframe of its frameable form (`?compare&embed`). Where the
 * clipboard is not allowed (an iframe, a plain-http page) the text is selected instead.
 */
export function CompareShare({ left, right }: CompareShareProps) {
  const base = appBase(window.location);
  const link = compareUrl(base, left, right);
  const snippet = iframeSnippet(
    compareUrl(base, left, right, { embed: true }),
    `Compare: ${left.title} vs ${right.title}`,
    EMBED_SIZE.width,
    EMBED_SIZE.height,
  );
  const field = useRef<HTMLTextAreaElement>(null);
  const [shown, setShown] = useState<{ text: string; copied: Copied }>({ text: link, copied: null });

  const copy = async (what: 'Link' | 'Embed code', text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setShown({ text, copied: { what, how: 'copied' } });
    } catch {
      setShown({ text, copied: { what, how: 'selected' } });
      // Selected after the render that puts the text in the field.
      requestAnimationFrame(() => {
        field.current?.focus();
        field.current?.select();
      });
    }
  };

  const tooLarge = compareLinkProblem(left, right);
  if (tooLarge)
    return (
      <p className="fl-muted" data-testid="compare-link-problem">
        {tooLarge}
      </p>
    );

  return (
    <div className="fl-compare__share">
      <div className="fl-row">
        <button type="button" className="fl-button" onClick={() => copy('Link', link)}>
          Copy link
        </button>
        <button type="button" className="fl-button" onClick={() => copy('Embed code', snippet)}>
          Copy embed code
        </button>
        <span className="fl-muted" role="status" aria-live="polite">
          {shown.copied === null
            ? ''
            : shown.copied.how === 'copied'
              ? `${shown.copied.what} copied to the clipboard.`
              : `${shown.copied.what} selected below: press Ctrl+C (⌘C) to copy it.`}
        </span>
      </div>
      {isLongLink(link) && (
        <p className="fl-muted">
          This link is long ({link.length.toLocaleString('en')} characters, more than{' '}
          {LONG_LINK_CHARS.toLocaleString('en')}): some chat apps and browsers cut links this long.
        </p>
      )}
      {shown.copied?.how === 'selected' && (
        <textarea
          ref={field}
          className="fl-compare__share-text"
          aria-label={shown.copied.what}
          readOnly
          rows={2}
          value={shown.text}
        />
      )}
    </div>
  );
}
