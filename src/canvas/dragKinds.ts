import { NODE_KINDS, type NodeKind } from '../model/kinds';

/** The drag-and-drop type the palette puts a node kind under. */
export const NODE_KIND_MIME = 'application/x-faultline-node-kind';

/** The node kind a palette drag carries, or null for anything else (files, text). */
export function draggedNodeKind(data: DataTransfer | null): NodeKind | null {
  const v = data?.getData(NODE_KIND_MIME);
  return (NODE_KINDS as readonly string[]).includes(v ?? '') ? (v as NodeKind) : null;
}
