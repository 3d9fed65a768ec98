/**
 * Transfers as they cross from the worker to the page: one Float64Array and a table of the
 * strings they name. A frame holds up to 2,000 transfers, ~30 times a second; as objects,
 * each with three id strings, deserialising them cost the page's main thread more than
 * drawing them. A typed array is copied (or moved) in one piece.
 */
import type { Transfer, TransferKind } from './api';

export interface PackedTransfers {
  /** Every edge id, node id and kind the transfers name, each once. */
  names: string[];
  /** Per transfer: edge, from, to and kind (indexes into `names`), startMs, endMs. */
  data: Float64Array;
}

const FIELDS = 6;

/** Packs `transfers`, keeping their order. */
export function packTransfers(transfers: readonly Transfer[]): PackedTransfers {
  const index = new Map<string, number>();
  const names: string[] = [];
  const name = (s: string) => {
    let i = index.get(s);
    if (i === undefined) {
      i = names.length;
      names.push(s);
      index.set(s, i);
    }
    return i;
  };
  const data = new Float64Array(transfers.length * FIELDS);
  for (let k = 0; k < transfers.length; k++) {
    const t = transfers[k];
    const o = k * FIELDS;
    data[o] = name(t.edge);
    data[o + 1] = name(t.from);
    data[o + 2] = name(t.to);
    data[o + 3] = name(t.kind);
    data[o + 4] = t.startMs;
    data[o + 5] = t.endMs;
  }
  return { names, data };
}

/** How many transfers a packed array holds. */
export function packedCount(packed: PackedTransfers): number {
  return Math.floor(packed.data.length / FIELDS);
}

/** The transfers back as objects (their strings shared from the table, not copied). */
export function unpackTransfers(packed: PackedTransfers): Transfer[] {
  const { names, data } = packed;
  const count = packedCount(packed);
  const out: Transfer[] = new Array(count);
  for (let k = 0; k < count; k++) {
    const o = k * FIELDS;
    out[k] = {
      edge: names[data[o]],
      from: names[data[o + 1]],
      to: names[data[o + 2]],
      kind: names[data[o + 3]] as TransferKind,
      startMs: data[o + 4],
      endMs: data[o + 5],
    };
  }
  return out;
}
