import type { DiagramEdge, DiagramNode, FaultlineDocument, NodeKind } from '../../model';

/** Size of a node box in the exported picture (close to the canvas's node size). */
export const NODE_WIDTH = 160;
export const NODE_HEIGHT = 64;
const MARGIN = 40;

/**
 * Escapes text for an XML text node or attribute value. Labels come from strangers (a
 * shared link, a file): `<img src=x onerror=alert(1)>` must stay literal text in the SVG.
 */
export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** Fill colours by node kind, the same family as the canvas. */
const KIND_FILL: Record<NodeKind, string> = {
  client: '#e8f1ff',
  service: '#ffffff',
  queue: '#fff6e0',
  database: '#eef7ee',
  cache: '#f3ecff',
  balancer: '#e6f4f7',
};

function round(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/**
 * The outline of a node: a pill for clients, a box for services, a tube for queues, a
 * cylinder for databases, a hexagon for caches, a box with cut corners for load balancers.
 */
function nodeShape(node: DiagramNode, x: number, y: number): string {
  const w = NODE_WIDTH;
  const h = NODE_HEIGHT;
  const style = `fill="${KIND_FILL[node.kind]}" stroke="#334155" stroke-width="1.5"`;
  switch (node.kind) {
    case 'client':
      return `<rect x="${round(x)}" y="${round(y)}" width="${w}" height="${h}" rx="${h / 2}" ${style}/>`;
    case 'service':
      return `<rect x="${round(x)}" y="${round(y)}" width="${w}" height="${h}" rx="6" ${style}/>`;
    case 'queue': {
      // A tube with a few slots (messages waiting in line), drawn as a small mark in the
      // top-right corner: above the label's line and right of the kind word, so it never
      // crosses either, however long the label.
      const slots = QUEUE_SLOT_XS.map(
        (dx) =>
          `<line x1="${round(x + w - dx)}" y1="${round(y + QUEUE_SLOT_TOP)}" x2="${round(x + w - dx)}" y2="${round(y + QUEUE_SLOT_BOTTOM)}" stroke="#b45309" stroke-width="1.5"/>`,
      ).join('');
      return `<rect x="${round(x)}" y="${round(y)}" width="${w}" height="${h}" rx="14" ${style}/>${slots}`;
    }
    case 'database': {
      const ry = 8;
      const top = y + ry;
      const bottom = y + h - ry;
      const body = `<path d="M${round(x)} ${round(top)} V${round(bottom)} A${w / 2} ${ry} 0 0 0 ${round(x + w)} ${round(bottom)} V${round(top)}" ${style}/>`;
      const lid = `<ellipse cx="${round(x + w / 2)}" cy="${round(top)}" rx="${w / 2}" ry="${ry}" ${style}/>`;
      return body + lid;
    }
    case 'cache': {
      const cut = 14;
      const points = [
        [x + cut, y],
        [x + w - cut, y],
        [x + w, y + h / 2],
        [x + w - cut, y + h],
        [x + cut, y + h],
        [x, y + h / 2],
      ]
        .map(([px, py]) => `${round(px)},${round(py)}`)
        .join(' ');
      return `<polygon points="${points}" ${style}/>`;
    }
    case 'balancer': {
      const c = 14;
      const points = [
        [x + c, y],
        [x + w - c, y],
        [x + w, y + c],
        [x + w, y + h - c],
        [x + w - c, y + h],
        [x + c, y + h],
        [x, y + h - c],
        [x, y + c],
      ];
      return `<polygon points="${points.map(([px, py]) => `${round(px)},${round(py)}`).join(' ')}" ${style}/>`;
    }
  }
}

/** Baselines and sizes of a node's two lines of text: the kind word, then the label. */
const KIND_BASELINE = 22;
const LABEL_BASELINE = 42;
const LABEL_FONT_SIZE = 14;
/** The queue's slots: distances from the node's right edge, and their top and bottom. */
const QUEUE_SLOT_XS = [30, 22, 14];
const QUEUE_SLOT_TOP = 9;
const QUEUE_SLOT_BOTTOM = 24;

function nodeLabel(node: DiagramNode, x: number, y: number): string {
  const cx = round(x + NODE_WIDTH / 2);
  const kind = `<text x="${cx}" y="${round(y + KIND_BASELINE)}" text-anchor="middle" font-size="10" fill="#64748b">${node.kind}</text>`;
  const label = `<text x="${cx}" y="${round(y + LABEL_BASELINE)}" text-anchor="middle" font-size="${LABEL_FONT_SIZE}" fill="#0f172a">${escapeXml(node.label)}</text>`;
  return kind + label;
}

/** Where a line from the centre of a node towards (tx, ty) leaves its box. */
function boxExit(cx: number, cy: number, tx: number, ty: number): [number, number] {
  const dx = tx - cx;
  const dy = ty - cy;
  if (dx === 0 && dy === 0) return [cx, cy];
  const sx = dx === 0 ? Number.POSITIVE_INFINITY : NODE_WIDTH / 2 / Math.abs(dx);
  const sy = dy === 0 ? Number.POSITIVE_INFINITY : NODE_HEIGHT / 2 / Math.abs(dy);
  const s = Math.min(sx, sy, 1);
  return [cx + dx * s, cy + dy * s];
}

function edgeLine(edge: DiagramEdge, byId: Map<string, DiagramNode>, ox: number, oy: number): string {
  const from = byId.get(edge.source);
  const to = byId.get(edge.target);
  if (!from || !to) return '';
  const fcx = from.position.x + ox + NODE_WIDTH / 2;
  const fcy = from.position.y + oy + NODE_HEIGHT / 2;
  const tcx = to.position.x + ox + NODE_WIDTH / 2;
  const tcy = to.position.y + oy + NODE_HEIGHT / 2;
  const [x1, y1] = boxExit(fcx, fcy, tcx, tcy);
  const [x2, y2] = boxExit(tcx, tcy, fcx, fcy);
  // RPC is a solid line (the caller waits); async is dashed (fire and forget).
  const dash = edge.kind === 'async' ? ' stroke-dasharray="6 4"' : '';
  const line = `<line x1="${round(x1)}" y1="${round(y1)}" x2="${round(x2)}" y2="${round(y2)}" stroke="#475569" stroke-width="1.5"${dash} marker-end="url(#arrow)"/>`;
  if (!edge.label) return line;
  const label = `<text x="${round((x1 + x2) / 2)}" y="${round((y1 + y2) / 2 - 6)}" text-anchor="middle" font-size="11" fill="#334155">${escapeXml(edge.label)}</text>`;
  return line + label;
}

/**
 * The diagram as a standalone SVG document: node shapes by kind, labels as escaped text,
 * RPC edges solid and async edges dashed. Pure: the same document gives the same string.
 */
export function diagramSvg(doc: FaultlineDocument): string {
  const xs = doc.nodes.map((n) => n.position.x);
  const ys = doc.nodes.map((n) => n.position.y);
  const minX = xs.length ? Math.min(...xs) : 0;
  const minY = ys.length ? Math.min(...ys) : 0;
  const maxX = xs.length ? Math.max(...xs) + NODE_WIDTH : NODE_WIDTH;
  const maxY = ys.length ? Math.max(...ys) + NODE_HEIGHT : NODE_HEIGHT;
  const titleHeight = 32;
  const ox = MARGIN - minX;
  const oy = MARGIN + titleHeight - minY;
  const width = Math.ceil(maxX - minX + 2 * MARGIN);
  const height = Math.ceil(maxY - minY + 2 * MARGIN + titleHeight);
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif">`,
    `<title>${escapeXml(doc.title)}</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="#475569"/></marker></defs>',
    `<rect width="${width}" height="${height}" fill="#f8fafc"/>`,
    `<text x="${MARGIN}" y="${MARGIN}" font-size="16" font-weight="600" fill="#0f172a">${escapeXml(doc.title)}</text>`,
    ...doc.edges.map((e) => edgeLine(e, byId, ox, oy)),
    ...doc.nodes.map((n) => {
      const x = n.position.x + ox;
      const y = n.position.y + oy;
      return `<g>${nodeShape(n, x, y)}${nodeLabel(n, x, y)}</g>`;
    }),
    '</svg>',
  ];
  return parts.join('\n');
}
