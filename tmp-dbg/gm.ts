import { generateMesh } from '../scripts/bench/generateMesh';
for (let seed = 1; seed < 60; seed++) { const d = generateMesh({ services: 30, rate: 1000, durationS: 60, seed }); if (d.edges.length===46) console.log(seed, d.nodes.length, d.edges.length); }
