import { type FaultlineDocument, LIMITS } from '../../model';
import { makeAsync } from '../../store/edits/edgeKind';
import { edgeName } from './partNames';

/** The choice that makes every RPC edge async (not an edge id: ids have no "*"). */
export const ALL_RPC_EDGES = '*';

/** One RPC edge the variant can make async, named by its caller and callee. */
export interface RpcEdgeChoice {
  id: string;
  /** "orders → payments" (with the edge's own label when it has one). */
  name: string;
}

/** The RPC edges of `doc`, in diagram order, as the compare dialog offers them. */
export function rpcEdgeChoices(doc: FaultlineDocument): RpcEdgeChoice[] {
  return doc.edges
    .filter((e) => e.kind === 'rpc')
    .map((e) => ({
      id: e.id,
      name: e.label.trim() ? `${edgeName(doc, e)} (${e.label.trim()})` : edgeName(doc, e),
    }));
}

/** `text` cut to `max` UTF-16 units, never in the middle of a surrogate pair (titles must be well-formed). */
function clip(text: string, max: number): string {
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** The variant, what was made async, and the edges that could not be (with the reason). */
export type VariantResult =
  | { ok: true; doc: FaultlineDocument; made: string[]; skipped: { edge: string; reason: string }[] }
  | { ok: false; reason: string };

/**
 * The current diagram with one RPC edge (or, with {@link ALL_RPC_EDGES}, every one that
 * can be) turned into a queue by the editor's own "Make it async" edit, so the variant is
 * exactly what the person would get by doing it by hand. Its title says what changed.
 * The input stays as it is.
 */
export function asyncVariant(doc: FaultlineDocument, choice: string): VariantResult {
  const wanted = rpcEdgeChoices(doc).filter((c) => choice === ALL_RPC_EDGES || c.id === choice);
  if (wanted.length === 0)
    return {
      ok: false,
      reason:
        choice === ALL_RPC_EDGES
          ? 'This diagram has no RPC edge to make async.'
          : 'That RPC edge is no longer in the diagram.',
    };
  let variant = doc;
  const made: string[] = [];
  const skipped: { edge: string; reason: string }[] = [];
  for (const edge of wanted) {
    // makeAsync keeps the ids of the edges it does not touch, so the later choices still hold.
    const r = makeAsync(variant, edge.id);
    if (r.ok) {
      variant = r.doc;
      made.push(edge.name);
    } else skipped.push({ edge: edge.name, reason: r.reason });
  }
  if (made.length === 0)
    return { ok: false, reason: `${skipped[0].edge} cannot be made async: ${skipped[0].reason}` };
  const what = choice === ALL_RPC_EDGES ? 'every RPC call async' : `${made[0]} async`;
  return {
    ok: true,
    doc: { ...variant, title: clip(`${doc.title}, with ${what}`, LIMITS.titleLength) },
    made,
    skipped,
  };
}
