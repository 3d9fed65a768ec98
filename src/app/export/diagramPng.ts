import { stripDefaults } from '../../model/defaults';
import type { FaultlineDocument } from '../../model/schema';
import { diagramSvg } from './diagramSvg';
import { insertPngText } from './pngText';

/** Pixels per SVG unit: sharp on high-density screens, still small files. */
const SCALE = 2;
/** Largest side of the bitmap; browsers refuse canvases much beyond this. */
const MAX_SIDE = 8192;

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('the diagram picture could not be drawn'));
    img.src = src;
  });
}

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('the browser could not make a PNG'))),
      'image/png',
    ),
  );
}

/**
 * The diagram as a PNG with the document inside (an `iTXt` chunk "faultline" holding the
 * document as JSON, defaults stripped): dropping the picture onto Faultline reopens it.
 * Draws the exported SVG (labels already escaped text) onto a canvas.
 */
export async function diagramPng(doc: FaultlineDocument): Promise<Blob> {
  const svg = diagramSvg(doc);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = await loadImage(url);
    const w = img.naturalWidth || 800;
    const h = img.naturalHeight || 600;
    const scale = Math.min(SCALE, MAX_SIDE / w, MAX_SIDE / h);
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(w * scale));
    canvas.height = Math.max(1, Math.round(h * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('the browser could not make a PNG');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, w, h);
    const png = new Uint8Array(await (await canvasBlob(canvas)).arrayBuffer());
    const withDoc = insertPngText(png, JSON.stringify(stripDefaults(doc)));
    return new Blob([withDoc as Uint8Array<ArrayBuffer>], { type: 'image/png' });
  } finally {
    URL.revokeObjectURL(url);
  }
}
