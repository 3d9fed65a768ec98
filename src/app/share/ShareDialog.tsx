import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import type { FaultlineDocument } from '../../model';
import { DECODE_LIMITS } from '../../model/decode/limits';
import { encodeShareLink } from '../../model/shareLink';
import { useChallengeStore } from '../challenges/challengeStore';
import { downloadJson } from '../export/downloads';
import { ModalDialog } from './ModalDialog';
import { qrCodeDataUrl } from './qrCode';
import { appBase, embedUrl, iframeSnippet, isLongLink, LONG_LINK_CHARS, shareUrl } from './shareUrls';

export interface ShareDialogProps {
  doc: FaultlineDocument;
  onClose: () => void;
}

type CopyState = 'idle' | 'copied' | 'selected';

// Challenge mode's links ("Copy solution link") load with the challenge code, only when playing one.
const ChallengeShareLinks = lazy(() =>
  import('../challenges/ChallengeShareLinks').then((m) => ({ default: m.ChallengeShareLinks })),
);

/**
 * Copies `text`: the Clipboard API where allowed, otherwise selects it in `field` so the
 * person can press Ctrl+C (iframes and http pages often lack clipboard permission).
 */
async function copyText(text: string, field: HTMLTextAreaElement | null): Promise<CopyState> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    field?.focus();
    field?.select();
    return 'selected';
  }
}

const COPY_MESSAGE: Record<CopyState, string> = {
  idle: '',
  copied: 'Copied to the clipboard.',
  selected: 'The link is selected: press Ctrl+C (⌘C) to copy it.',
};

/**
 * The Share dialog: the link (the whole document in the fragment), its length, Copy, a QR
 * code, an iframe snippet for the embedded player, and past ~8,000 characters a warning
 * with the JSON file instead.
 */
export function ShareDialog({ doc, onClose }: ShareDialogProps) {
  const fragment = useMemo(() => encodeShareLink(doc), [doc]);
  const base = appBase(window.location);
  const link = shareUrl(base, fragment);
  const snippet = iframeSnippet(embedUrl(base, fragment), doc.title);
  const qr = useMemo(() => qrCodeDataUrl(link), [link]);
  const long = isLongLink(link);
  const linkField = useRef<HTMLTextAreaElement>(null);
  const snippetField = useRef<HTMLTextAreaElement>(null);
  const playing = useChallengeStore((s) => s.active !== null);
  const [copied, setCopied] = useState<{ what: 'link' | 'snippet'; state: CopyState }>({
    what: 'link',
    state: 'idle',
  });

  return (
    <ModalDialog title="Share" onClose={onClose}>
      <p className="fl-muted">
        The link holds the whole diagram, with its seed and fault timeline: whoever opens it sees the same
        run. Nothing is uploaded.
      </p>
      {long && (
        <div className="fl-warning" role="alert">
          {fragment.length > DECODE_LIMITS.linkChars ? (
            <p>
              This diagram is too large to share as a link ({link.length.toLocaleString('en')} characters; a
              link holds at most {DECODE_LIMITS.linkChars.toLocaleString('en')}, so this one would not open).
              A long rate trace is the usual cause. Send the diagram as a file instead.
            </p>
          ) : (
            <p>
              This link is long ({link.length.toLocaleString('en')} characters, more than{' '}
              {LONG_LINK_CHARS.toLocaleString('en')}): some chat apps and browsers cut links this long. Send
              the diagram as a file instead.
            </p>
          )}
          <button type="button" className="fl-button" onClick={() => downloadJson(doc)}>
            Download JSON instead
          </button>
        </div>
      )}
      {playing ? (
        <Suspense fallback={null}>
          <ChallengeShareLinks />
        </Suspense>
      ) : null}
      <div className="fl-share__main">
        <div className="fl-share__fields">
          <div className="fl-field">
            <label htmlFor="fl-share-link">Link</label>
            <textarea
              id="fl-share-link"
              ref={linkField}
              readOnly
              rows={3}
              value={link}
              data-testid="share-link"
            />
            <div className="fl-row">
              <button
                type="button"
                className="fl-button fl-button--primary"
                onClick={async () =>
                  setCopied({ what: 'link', state: await copyText(link, linkField.current) })
                }
              >
                Copy link
              </button>
              <span className="fl-muted" data-testid="share-link-length">
                {link.length.toLocaleString('en')} characters
              </span>
            </div>
          </div>
          <div className="fl-field">
            <label htmlFor="fl-share-embed">Embed in a page</label>
            <textarea id="fl-share-embed" ref={snippetField} readOnly rows={3} value={snippet} />
            <div className="fl-row">
              <button
                type="button"
                className="fl-button"
                onClick={async () =>
                  setCopied({ what: 'snippet', state: await copyText(snippet, snippetField.current) })
                }
              >
                Copy embed code
              </button>
            </div>
          </div>
          <p className="fl-muted" role="status" aria-live="polite">
            {copied.state === 'idle'
              ? ''
              : `${copied.what === 'link' ? 'Link' : 'Embed code'}: ${COPY_MESSAGE[copied.state]}`}
          </p>
        </div>
        <figure className="fl-row">
          {qr ? (
            <img className="fl-share__qr" src={qr} alt="QR code of the link" width={160} height={160} />
          ) : (
            <p className="fl-muted">The link is too long for a QR code.</p>
          )}
        </figure>
      </div>
    </ModalDialog>
  );
}
