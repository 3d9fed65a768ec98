import { encodeShareLink } from '../../src/model/shareLink';
import { decodeRoomDocument } from '../../src/room/protocol';
import { BUILT_IN_SCENARIOS } from '../../src/scenarios';

/** The first built-in lesson as a share-link payload (`2.…`), the form a room carries. */
export function exampleLink(index = 0): string {
  const decoded = decodeRoomDocument(JSON.stringify(BUILT_IN_SCENARIOS[index].document));
  if (!decoded.ok) throw new Error(decoded.message);
  return encodeShareLink(decoded.doc).slice('#d='.length);
}
