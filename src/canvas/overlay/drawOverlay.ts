import type { Frame } from '../../sim/api';
import { FLASH_MS } from '../../sim/flashes';
import {
  packedCount,
  T_EDGE,
  T_END,
  T_KIND,
  T_START,
  TRANSFER_FIELDS,
  TRANSFER_KINDS,
} from '../../sim/transferPacking';
import {
  type EdgeCurve,
  flashPoint,
  type Point,
  pointOnCurve,
  toScreen,
  transferPoint,
  transferProgress,
} from './transferGeometry';
import { TRANSFER_DRAW_ORDER, TRANSFER_STYLES, type TransferStyle } from './transferStyles';

/** An edge as the overlay draws on it: its curve in flow coordinates and the node it leaves. */
export interface OverlayEdge {
  curve: EdgeCurve;
  source: string;
  target: string;
}

export interface OverlayScene {
  frame: Frame;
  /** Simulated time to draw at (interpolated between frames by the simulated clock). */
  tMs: number;
  edges: ReadonlyMap<string, OverlayEdge>;
  /** Where a node's own failures flash (its top-right corner, clear of its text), in flow coordinates. */
  nodeFlashPoint: (id: string) => { x: number; y: number } | null;
  transform: readonly [number, number, number];
  /** Counters on edges instead of moving dots. */
  reducedMotion: boolean;
}

/** Each kind's code in the packed transfers, in drawing order. */
const DRAW_CODES = TRANSFER_DRAW_ORDER.map((kind) => TRANSFER_KINDS.indexOf(kind));

// One point each, reused for every dot: drawing a frame allocates nothing per transfer.
const flowPoint: Point = { x: 0, y: 0 };
const screenPoint: Point = { x: 0, y: 0 };

function shape(ctx: CanvasRenderingContext2D, style: TransferStyle, x: number, y: number, r: number): void {
  switch (style.shape) {
    case 'circle':
      ctx.moveTo(x + r, y);
      ctx.arc(x, y, r, 0, Math.PI * 2);
      return;
    case 'ring':
      ctx.moveTo(x + r, y);
      ctx.arc(x, y, r, 0, Math.PI * 2);
      return;
    case 'diamond':
      ctx.moveTo(x, y - r * 1.3);
      ctx.lineTo(x + r * 1.3, y);
      ctx.lineTo(x, y + r * 1.3);
      ctx.lineTo(x - r * 1.3, y);
      ctx.closePath();
      return;
    case 'triangle':
      ctx.moveTo(x, y - r * 1.3);
      ctx.lineTo(x + r * 1.2, y + r);
      ctx.lineTo(x - r * 1.2, y + r);
      ctx.closePath();
      return;
    case 'square':
    case 'squareOutline':
      ctx.rect(x - r, y - r, r * 2, r * 2);
      return;
    case 'cross':
      ctx.moveTo(x - r, y - r);
      ctx.lineTo(x + r, y + r);
      ctx.moveTo(x + r, y - r);
      ctx.lineTo(x - r, y + r);
      return;
    case 'star':
      for (let i = 0; i < 10; i++) {
        const a = (Math.PI / 5) * i - Math.PI / 2;
        const rr = i % 2 === 0 ? r * 1.5 : r * 0.6;
        if (i === 0) ctx.moveTo(x + rr * Math.cos(a), y + rr * Math.sin(a));
        else ctx.lineTo(x + rr * Math.cos(a), y + rr * Math.sin(a));
      }
      ctx.closePath();
      return;
  }
}

/** Strokes outlines and crosses, fills the rest. */
function paint(ctx: CanvasRenderingContext2D, style: TransferStyle): void {
  if (style.shape === 'cross' || style.shape === 'ring' || style.shape === 'squareOutline') {
    ctx.strokeStyle = style.colour;
    ctx.lineWidth = 2;
    ctx.stroke();
  } else {
    ctx.fillStyle = style.colour;
    ctx.fill();
  }
}

/**
 * Draws one overlay frame: every transfer in flight as a dot of its kind (one path per
 * kind, so thousands of dots cost a handful of draw calls), failure flashes fading over
 * half a second, or — with reduced motion — a counter per edge.
 */
export function drawOverlay(ctx: CanvasRenderingContext2D, scene: OverlayScene): void {
  const { frame, tMs, edges, transform } = scene;
  const zoom = transform[2];
  const r = Math.max(2, Math.min(6, 4 * zoom));
  if (scene.reducedMotion) {
    drawCounters(ctx, scene);
  } else {
    for (const code of DRAW_CODES) drawKind(ctx, scene, code, r);
  }
  // Flashes: where failures happened, fading with simulated time.
  for (const f of frame.flashes) {
    const age = tMs - f.atMs;
    if (age < 0 || age > FLASH_MS) continue;
    const edge = f.edge ? edges.get(f.edge) : undefined;
    const at = edge ? flashPoint(edge.curve, f.node === edge.target) : scene.nodeFlashPoint(f.node);
    if (!at) continue;
    const p = toScreen(at, transform);
    const fade = scene.reducedMotion ? 1 : 1 - age / FLASH_MS;
    ctx.globalAlpha = fade;
    ctx.beginPath();
    shape(ctx, TRANSFER_STYLES.failure, p.x, p.y, r * 2);
    ctx.strokeStyle = TRANSFER_STYLES.failure.colour;
    ctx.lineWidth = 3;
    ctx.stroke();
    ctx.globalAlpha = 1;
  }
}

/** Every transfer of kind `code` in one path, read straight from the packed frame. */
function drawKind(ctx: CanvasRenderingContext2D, scene: OverlayScene, code: number, r: number): void {
  const style = TRANSFER_STYLES[TRANSFER_KINDS[code]];
  const packed = scene.frame.transfers;
  const { names, data } = packed;
  const count = packedCount(packed);
  let any = false;
  ctx.beginPath();
  for (let k = 0; k < count; k++) {
    const o = k * TRANSFER_FIELDS;
    if (data[o + T_KIND] !== code) continue;
    const edge = scene.edges.get(names[data[o + T_EDGE]]);
    if (!edge) continue;
    if (!transferPoint(packed, k, edge.curve, edge.source, scene.tMs, flowPoint)) continue;
    toScreen(flowPoint, scene.transform, screenPoint);
    shape(ctx, style, screenPoint.x, screenPoint.y, r);
    any = true;
  }
  if (any) paint(ctx, style);
}

/** Height of an edge's "N in flight" counter, in screen pixels. */
export const COUNTER_HEIGHT = 14;

/**
 * Where an edge's "N in flight" counter is written, in screen pixels, for the edge's middle
 * at `mid`: just under the line. The edge's own label sits above the line
 * (DiagramEdgeView), at any zoom, so the counter never covers it.
 */
export function counterBox(mid: { x: number; y: number }, textWidth: number) {
  const width = textWidth + 8;
  return { x: mid.x - width / 2, y: mid.y + 5, width, height: COUNTER_HEIGHT };
}

/** Reduced motion: how many messages are on each edge, written under its middle. */
function drawCounters(ctx: CanvasRenderingContext2D, scene: OverlayScene): void {
  // Only what is in flight at the instant drawn (a frame may cover an interval).
  const counts = new Map<string, number>();
  const { names, data } = scene.frame.transfers;
  const count = packedCount(scene.frame.transfers);
  for (let k = 0; k < count; k++) {
    const o = k * TRANSFER_FIELDS;
    if (transferProgress(data[o + T_START], data[o + T_END], scene.tMs) === null) continue;
    const edge = names[data[o + T_EDGE]];
    counts.set(edge, (counts.get(edge) ?? 0) + 1);
  }
  ctx.font = '12px system-ui, sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const [id, n] of counts) {
    const edge = scene.edges.get(id);
    if (!edge) continue;
    const p = toScreen(pointOnCurve(edge.curve, 0.5), scene.transform);
    const text = `${Math.round(n * scene.frame.perDot)} in flight`;
    const box = counterBox(p, ctx.measureText(text).width);
    ctx.fillStyle = 'rgba(255,255,255,0.9)';
    ctx.fillRect(box.x, box.y, box.width, box.height);
    ctx.fillStyle = '#1e293b';
    ctx.fillText(text, p.x, box.y + box.height / 2);
  }
}
