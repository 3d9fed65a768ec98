/**
 * Edits of the diagram document as pure functions: document in, new document (or the
 * reason it was refused) out. The document store wraps each in one undo step.
 */

export { edgeId, faultId, liveFaultId, nextId, usedIds } from '../../model/ids';
export { addNode } from './addNode';
export { type Clipboard, copyItems, pasteItems } from './clipboard';
export { connect } from './connect';
export { makeAsync, makeSync, toggleEdgeKind } from './edgeKind';
export { addFault, appendFault, removeFault, updateFault } from './faults';
export { insertCache } from './insertCache';
export { NODE_WIDTH, ROOM_FOR_QUEUE } from './layout';
export { moveNodes } from './move';
export {
  type ParamPatch,
  rename,
  type ScenarioPatch,
  setTitle,
  updateEdge,
  updateNode,
  updateScenario,
} from './params';
export { type Point, toPosition } from './position';
export { removeItems } from './remove';
export { applied, type EditResult, refused } from './result';
