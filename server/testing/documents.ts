import { encodeShareLink } from '../../src/model/shareLink';
import { decodeRoomDocument } from '../../src/room/protocol';
import { BUILT_IN_SCENARIOS } from '../../src/scenarios';

/** The first built-in lesson as a share-link payload (`2.…`), the form a room carries. */
export function exampleLink(index = 0): string {
  const decoded = decodeRoomDocument(JSON.stringify(BUILT_IN_SCENARIOS[index].document));
  if (!decoded.ok) throw new Error(decoded.message);
  return encodeShareLink(decoded.doc).slice('#d='.length);
}

/**
 * The first built-in lesson with a crash of payments fired live at 20 s: what the
 * presenter's tab sends after a live fault (the diagram, with the fault in its timeline).
 */
export function exampleLinkWithLiveFault(): string {
  const decoded = decodeRoomDocument(exampleLink());
  if (!decoded.ok) throw new Error(decoded.message);
  const doc = decoded.doc;
  const faults = [
    ...doc.scenario.faults,
    { id: 'live-1', kind: 'crash', target: 'payments', startS: 20, durationS: 5 },
  ];
  const withFault = { ...doc, scenario: { ...doc.scenario, faults } } as typeof doc;
  const link = encodeShareLink(withFault).slice('#d='.length);
  const check = decodeRoomDocument(link);
  if (!check.ok) throw new Error(check.message);
  return link;
}
