import { lazy, type ReactNode, Suspense } from 'react';
import { useUiStore } from '../../store/uiStore';
import { hasSharedDiagram } from '../share/sharedLink';
import { opensPhonePlayer, PHONE_QUERY } from './phonePlayer';
import { roomParam } from './roomParam';
import { parseViewOptions, type ViewOptions } from './viewOptions';

// Each special page is its own chunk: the editor's first visit loads neither.
const EmbedRoute = lazy(() => import('../embed/EmbedRoute'));
const CompareRoute = lazy(() => import('../compare/CompareRoute'));
const FollowerRoute = lazy(() => import('../room/FollowerRoute'));

/**
 * The pages that are not the editor, chosen from the view options: `?embed` (the
 * read-only player), `?compare` (also for a fragment holding two diagrams), `?room` (a
 * workshop room's follower) — and the
 * player for a shared link opened on a phone (phonePlayer.ts). Returns null for the editor.
 * These pages never boot persistence: they neither read nor write the autosave.
 */
export function specialRoute(location: Location): ReactNode | null {
  const options = parseViewOptions(location.search);
  applyTheme(options);
  // `?compare&embed` is the compare page in an iframe, not a player: compare is checked first.
  // Two diagrams in the fragment (`#d=…&b=…`) are a comparison even if the query was lost.
  if (options.compare || /^#[dD]=[^&]*&[bB]=/.test(location.hash))
    return loading(<CompareRoute options={options} location={location} />);
  if (options.embed) return loading(<EmbedRoute options={options} location={location} />);
  // A workshop room's join link (`?room=<id>`; `?room` alone asks for the code).
  const room = roomParam(location.search);
  if (room !== undefined) return loading(<FollowerRoute roomId={room} />);
  const narrow = window.matchMedia?.(PHONE_QUERY).matches ?? false;
  if (opensPhonePlayer(options, hasSharedDiagram(location.hash), narrow))
    return loading(<EmbedRoute options={options} location={location} phone />);
  return null;
}

function loading(page: ReactNode): ReactNode {
  return <Suspense fallback={<p className="fl-route-loading">Loading…</p>}>{page}</Suspense>;
}

/** `?theme=` wins over the remembered theme for this visit (set on the store directly: not remembered). */
function applyTheme(options: ViewOptions): void {
  if (!options.theme) return;
  document.documentElement.dataset.theme = options.theme;
  useUiStore.setState({ theme: options.theme });
}
