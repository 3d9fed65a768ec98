import { encodeShareLink } from '../../model/shareLink';
import { exampleDocument } from '../../store/documentStore';
import { LinkProblem } from '../routes/LinkProblem';
import type { ViewOptions } from '../routes/viewOptions';
import { readSharedLink } from '../share/sharedLink';
import { EmbedPlayer } from './EmbedPlayer';
import { startEmbed } from './startEmbed';

/**
 * The `?embed` page: the shared document (or the example) in the read-only player. Its own
 * chunk, loaded only by embeds, so the editor's first visit does not pay for it. With
 * `phone`, the player a shared link opens on a narrow screen: a whole page of its own, with
 * the charts below and "Edit" for the editor.
 */
export default function EmbedRoute({
  options,
  location,
  phone = false,
}: {
  options: ViewOptions;
  location: Location;
  phone?: boolean;
}) {
  const link = readSharedLink(location.hash);
  if (link.kind === 'failed') return <LinkProblem message={link.message} />;
  const doc = link.kind === 'pending' ? link.doc : exampleDocument();
  const fragment = link.kind === 'pending' ? location.hash : encodeShareLink(doc);
  const { controller, openUrl, editUrl } = startEmbed(doc, fragment, location, options.theme);
  const dark =
    options.theme === 'dark' ||
    (options.theme === null && window.matchMedia?.('(prefers-color-scheme: dark)').matches);
  return (
    <EmbedPlayer
      doc={doc}
      controller={controller}
      openUrl={openUrl}
      autoplay={options.autoplay}
      step={options.step}
      colorMode={dark ? 'dark' : 'light'}
      editUrl={phone ? editUrl : undefined}
      // Linked only inside a frame: opened on its own, a player needs its own controls.
      linked={options.linked && window.parent !== window}
    />
  );
}
