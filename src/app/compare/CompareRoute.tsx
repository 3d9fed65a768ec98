import { LinkProblem } from '../routes/LinkProblem';
import type { ViewOptions } from '../routes/viewOptions';
import { CompareView } from './CompareView';
import { resolveCompareRoute } from './compareRoute';

/**
 * The `?compare` page, in its own chunk: only people comparing load it. With `?embed` it
 * is the frameable form for another site's iframe (docs/embedding.md).
 */
export default function CompareRoute({ options, location }: { options: ViewOptions; location: Location }) {
  const pair = resolveCompareRoute(options, location.hash);
  if (!pair.ok) return <LinkProblem message={pair.message} />;
  return <CompareView left={pair.left} right={pair.right} embedded={options.embed} />;
}
