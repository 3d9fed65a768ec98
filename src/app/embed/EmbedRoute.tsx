import { useEffect, useMemo, useState } from 'react';
import { encodeShareLink } from '../../model/shareLink';
import type { RunController } from '../../run/runController';
import { exampleDocument } from '../../store/documentStore';
import { LinkProblem } from '../routes/LinkProblem';
import type { ViewOptions } from '../routes/viewOptions';
import { readSharedLink } from '../share/sharedLink';
import { EmbedPlayer } from './EmbedPlayer';
import { embedLinks, startEmbed } from './startEmbed';

/**
 * The `?embed` page: the shared document (or the example) in the read-only player. Its own
 * chunk, loaded only by embeds, so the editor's first visit does not pay for it. With
 * `phone`, the player a shared link opens on a narrow screen: a whole page of its own, with
 * the charts below and "Edit" for the editor.
 *
 * The run controller (a Web Worker and its watchdog interval) is created in an effect and
 * disposed by its cleanup: rendering starts nothing, and no worker outlives the page's
 * player, even when React mounts it twice (StrictMode) or unmounts it.
 */
export default function EmbedRoute({
  options,
  location,
  phone = false,
  createWorker,
}: {
  options: ViewOptions;
  location: Location;
  phone?: boolean;
  /** Creates the simulation worker (the browser's module worker unless given). */
  createWorker?: () => Worker;
}) {
  const { hash, origin, pathname } = location;
  const link = useMemo(() => readSharedLink(hash), [hash]);
  const doc = useMemo(
    () => (link.kind === 'pending' ? link.doc : link.kind === 'none' ? exampleDocument() : null),
    [link],
  );
  const [controller, setController] = useState<RunController | null>(null);
  const { autoplay, step } = options;
  useEffect(() => {
    if (!doc) return;
    const started = startEmbed(doc, { step, autoplay, createWorker });
    setController(started);
    return () => {
      started.dispose();
      setController((c) => (c === started ? null : c));
    };
  }, [doc, step, autoplay, createWorker]);

  if (link.kind === 'failed') return <LinkProblem message={link.message} />;
  if (!doc || !controller) return null;
  const fragment = link.kind === 'pending' ? hash : encodeShareLink(doc);
  const { openUrl, editUrl } = embedLinks(fragment, { origin, pathname }, options.theme);
  const dark =
    options.theme === 'dark' ||
    (options.theme === null && window.matchMedia?.('(prefers-color-scheme: dark)').matches);
  return (
    <EmbedPlayer
      doc={doc}
      controller={controller}
      openUrl={openUrl}
      colorMode={dark ? 'dark' : 'light'}
      editUrl={phone ? editUrl : undefined}
      // Linked only inside a frame: opened on its own, a player needs its own controls.
      linked={options.linked && window.parent !== window}
    />
  );
}
