/** A link or its fragment (`https://…/#d=1.…`, `#d=1.…`, `d=1.…`): one word with the diagram key in it. */
const LINK_LIKE = /^(?:\S*#)?[dD]=\S*$/;

/**
 * Whether pasted text claims to be a diagram: JSON (an object) or a Faultline link. Such
 * text goes to the decoder, to be opened or explained; it is never pasted as nodes.
 */
export function claimsDiagram(text: string): boolean {
  const t = text.trim();
  return t.startsWith('{') || LINK_LIKE.test(t);
}
