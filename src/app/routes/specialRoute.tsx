import type { ReactNode } from 'react';
import { encodeShareLink } from '../../model/shareLink';
import { exampleDocument } from '../../store/documentStore';
import { useUiStore } from '../../store/uiStore';
import { CompareView } from '../compare/CompareView';
import { resolveCompareRoute } from '../compare/compareRoute';
import { EmbedPlayer } from '../embed/EmbedPlayer';
import { startEmbed } from '../embed/startEmbed';
import { readSharedLink } from '../share/sharedLink';
import { LinkProblem } from './LinkProblem';
import { parseViewOptions, type ViewOptions } from './viewOptions';

/**
 * The pages that are not the editor, chosen from the view options: `?embed` (the
 * read-only player) and `?compare`. Returns null for the editor. These pages never boot
 * persistence: they neither read nor write the autosave.
 */
export function specialRoute(location: Location): ReactNode | null {
  const options = parseViewOptions(location.search);
  applyTheme(options);
  if (options.embed) return embedRoute(options, location);
  if (options.compare) {
    const pair = resolveCompareRoute(options, location.hash);
    if (!pair.ok) return <LinkProblem message={pair.message} />;
    return <CompareView left={pair.left} right={pair.right} />;
  }
  return null;
}

/** `?theme=` wins over the remembered theme for this visit (set on the store directly: not remembered). */
function applyTheme(options: ViewOptions): void {
  if (!options.theme) return;
  document.documentElement.dataset.theme = options.theme;
  useUiStore.setState({ theme: options.theme });
}

function embedRoute(options: ViewOptions, location: Location): ReactNode {
  const link = readSharedLink(location.hash);
  if (link.kind === 'failed') return <LinkProblem message={link.message} />;
  const doc = link.kind === 'pending' ? link.doc : exampleDocument();
  const fragment = link.kind === 'pending' ? location.hash : encodeShareLink(doc);
  const { controller, openUrl } = startEmbed(doc, fragment, location, options.theme);
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
    />
  );
}
