/**
 * Transfers in the one shape they keep from the engine to the overlay: one Float64Array and
 * a table of the ids they name. A frame holds up to 2,000 transfers, ~30 times a second; as
 * objects, each with three id strings, building, posting and reading them cost the page's
 * main thread more than drawing them. The engine writes this form (frame.ts), the worker
 * moves its buffer to the page in one piece (wire.ts), and the overlay draws straight from
 * it (src/canvas/overlay/drawOverlay.ts) without making an object per transfer.
 */
/** What a message on an edge is, for drawing; a transfer's kind code is its index here. */
export const TRANSFER_KINDS = [
  'request',
  'reply',
  'failure',
  'retry',
  'publish',
  'delivery',
  'poll',
  'push',
] as const;

/** What a message on an edge is, for drawing: each kind has its own colour and shape. */
export type TransferKind = (typeof TRANSFER_KINDS)[number];

/** One message crossing an edge, from `startMs` to `endMs` of simulated time. */
export interface Transfer {
  edge: string;
  /** The node it leaves; replies travel against the edge's direction. */
  from: string;
  to: string;
  kind: TransferKind;
  startMs: number;
  endMs: number;
}

export interface PackedTransfers {
  /** Every edge id and node id the transfers name, each once. */
  names: string[];
  /** Per transfer, TRANSFER_FIELDS numbers: see the offsets below. */
  data: Float64Array;
}

/** Numbers per transfer. */
export const TRANSFER_FIELDS = 6;
/** Offsets within one transfer: the edge, the node it leaves and the one it reaches (indexes into `names`). */
export const T_EDGE = 0;
export const T_FROM = 1;
export const T_TO = 2;
/** The kind code (index into TRANSFER_KINDS). */
export const T_KIND = 3;
/** When it leaves and arrives, in simulated ms. */
export const T_START = 4;
export const T_END = 5;

/**
 * Writes transfers one by one into their packed form: the engine's frame uses it, so no
 * transfer object is ever made on the way to the page.
 */
export class TransferWriter {
  private readonly index = new Map<string, number>();
  private readonly names: string[] = [];
  private data: Float64Array;
  private count = 0;

  /** `capacity`: how many transfers to make room for (it grows if more come). */
  constructor(capacity: number) {
    this.data = new Float64Array(Math.max(1, capacity) * TRANSFER_FIELDS);
  }

  private name(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(s);
      this.index.set(s, i);
    }
    return i;
  }

  /** Adds one transfer of kind code `kind` (index into TRANSFER_KINDS). */
  add(edge: string, from: string, to: string, kind: number, startMs: number, endMs: number): void {
    let o = this.count * TRANSFER_FIELDS;
    if (o === this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.count++;
    this.data[o++] = this.name(edge);
    this.data[o++] = this.name(from);
    this.data[o++] = this.name(to);
    this.data[o++] = kind;
    this.data[o++] = startMs;
    this.data[o] = endMs;
  }

  /** The transfers written, in their order (an array exactly as long as they need). */
  finish(): PackedTransfers {
    const used = this.count * TRANSFER_FIELDS;
    return { names: this.names, data: used === this.data.length ? this.data : this.data.slice(0, used) };
  }
}

/** Packs `transfers`, keeping their order. */
export function packTransfers(transfers: readonly Transfer[]): PackedTransfers {
  const writer = new TransferWriter(transfers.length);
  for (const t of transfers)
    writer.add(t.edge, t.from, t.to, TRANSFER_KINDS.indexOf(t.kind), t.startMs, t.endMs);
  return writer.finish();
}

/** How many transfers a packed array holds. */
export function packedCount(packed: PackedTransfers): number {
  return Math.floor(packed.data.length / TRANSFER_FIELDS);
}

/** The transfers as objects, for tests and tools (the overlay reads the packed form). */
export function unpackTransfers(packed: PackedTransfers): Transfer[] {
  const { names, data } = packed;
  const count = packedCount(packed);
  const out: Transfer[] = new Array(count);
  for (let k = 0; k < count; k++) {
    const o = k * TRANSFER_FIELDS;
    out[k] = {
      edge: names[data[o + T_EDGE]],
      from: names[data[o + T_FROM]],
      to: names[data[o + T_TO]],
      kind: TRANSFER_KINDS[data[o + T_KIND]] as TransferKind,
      startMs: data[o + T_START],
      endMs: data[o + T_END],
    };
  }
  return out;
}
