import type { FaultlineDocument } from '../model/schema';

const quoted = (names: readonly string[]) =>
  names.length === 1
    ? `“${names[0]}”`
    : `${names
        .slice(0, -1)
        .map((n) => `“${n}”`)
        .join(', ')} and “${names.at(-1)}”`;

/**
 * Why part of the diagram will send nothing when played, in words, or null when every
 * client has somewhere to send: a client with no connection makes no requests, and a
 * diagram without a client makes none at all. The run bar says so rather than play in
 * silence.
 */
export function silentClientsNote(doc: Pick<FaultlineDocument, 'nodes' | 'edges'>): string | null {
  const clients = doc.nodes.filter((n) => n.kind === 'client');
  if (clients.length === 0) {
    return doc.nodes.length === 0
      ? 'The diagram is empty: add a client and a service from the palette, and connect them.'
      : 'No client in this diagram, so nothing sends requests: add a client from the palette and connect it.';
  }
  const senders = new Set(doc.edges.map((e) => e.source));
  const silent = clients.filter((c) => !senders.has(c.id)).map((c) => c.label || c.id);
  if (silent.length === 0) return null;
  return silent.length === 1
    ? `${quoted(silent)} has no connections, so it sends no requests: connect it to a service or a queue.`
    : `${quoted(silent)} have no connections, so they send no requests: connect them to a service or a queue.`;
}
