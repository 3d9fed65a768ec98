import { generateMesh } from '../scripts/bench/generateMesh';
import { parseDocument } from '../src/model/parseDocument';
for (const n of [430, 440, 445, 450]) { const d = generateMesh({ services: n, rate: 2000, durationS: 3600, seed: 7 });
const r = parseDocument(d); console.log(n, d.nodes.length, d.edges.length, r.ok ? 'ok' : JSON.stringify(r.errors).slice(0, 200)); }
