import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunch } from '../playwright.config';
import { serveDist } from '../scripts/firstVisit.mjs';
import { generateMesh } from '../scripts/bench/generateMesh';
import { parseDocument } from '../src/model/parseDocument';
import { encodeShareLink } from '../src/model/shareLink';
import { BUILT_IN_SCENARIOS } from '../src/scenarios';

const [what, speed = '10', rate = '4', secs = '5'] = process.argv.slice(2);
let doc;
if (what === 'mesh30') doc = generateMesh({ services: 30, rate: 1000, durationS: 3600, seed: 34 });
else if (what === 'mesh500') doc = generateMesh({ services: 440, rate: 2000, durationS: 3600, seed: 7 });
else doc = BUILT_IN_SCENARIOS.find((s) => s.id === what)!.document;
const parsed = parseDocument(doc);
if (!parsed.ok) throw new Error('bad');
const served = await serveDist(process.env.DIST ?? new URL('../dist/', import.meta.url).pathname);
const browser = await chromium.launch(chromiumLaunch);
const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
await page.goto(served.url + '/' + encodeShareLink(parsed.doc));
await page.getByRole('button', { name: 'Play' }).waitFor();
await page.waitForTimeout(1500);
const dlg = page.getByRole('dialog', { name: 'Scenarios' });
if (await dlg.isVisible()) await dlg.getByRole('button', { name: 'Close' }).click();
await page.getByRole('toolbar', { name: 'Run controls' }).getByLabel('Speed').selectOption({ label: `${speed}×` });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(rate) });
await page.getByRole('button', { name: 'Play' }).click();
await page.waitForTimeout(1500);
if (process.env.TRACE) {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await page.waitForTimeout(Number(secs) * 1000);
  const buf = await browser.stopTracing();
  const trace = JSON.parse(buf.toString());
  const events = trace.traceEvents ?? trace;
  const main = events.find((e: any) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const sums = new Map<string, [number, number, number]>();
  for (const e of events) {
    if (e.ph !== 'X' || e.pid !== main.pid || e.tid !== main.tid) continue;
    const r = sums.get(e.name) ?? [0, 0, 0];
    r[0] += e.dur ?? 0; r[1] += e.tdur ?? 0; r[2]++;
    sums.set(e.name, r);
  }
  const mainEv = events.filter((e: any) => e.ph === 'X' && e.pid === main.pid && e.tid === main.tid);
  const longs = mainEv.filter((e: any) => e.name === 'RunTask' && (e.tdur ?? 0) > 8000).sort((a: any, b: any) => b.tdur - a.tdur).slice(0, 6);
  for (const L of longs) {
    console.log('LONG task', Math.round(L.dur / 1000), 'ms wall', Math.round((L.tdur ?? 0) / 1000), 'cpu');
    const inner = mainEv.filter((e: any) => e !== L && e.ts >= L.ts && e.ts + e.dur <= L.ts + L.dur && (e.tdur ?? 0) > 1500);
    for (const e of inner.slice(0, 25)) console.log('   ', Math.round((e.tdur??0) / 1000), e.name, JSON.stringify(e.args?.data ?? {}).slice(0, 160));
  }
  for (const [k, [d, td, n]] of [...sums].sort((a, b) => b[1][1] - a[1][1]).slice(0, 30)) console.log(String(Math.round(td / 1000)).padStart(7), 'ms cpu', String(Math.round(d / 1000)).padStart(7), 'ms wall', String(n).padStart(6), k);
  await browser.close(); await served.close(); process.exit(0);
}
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.waitForTimeout(Number(secs) * 1000);
const { profile } = await cdp.send('Profiler.stop');
writeFileSync(`/tmp/prof-${what}.cpuprofile`, JSON.stringify(profile));
// self time per function
const self = new Map<string, number>();
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
const dt = profile.timeDeltas; const counts = new Map<number, number>();
profile.samples.forEach((id: number, i: number) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
for (const [id, t] of counts) { const n: any = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`; self.set(k, (self.get(k) ?? 0) + t); }
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log('total ms', Math.round(total / 1000));
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 35)) console.log(String(Math.round(v / 1000)).padStart(6), k);
// inclusive
const parent = new Map<number, number>();
for (const n of profile.nodes as any[]) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map<string, number>();
const key = (n: any) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
for (const [id, t] of counts) { const seen = new Set<string>(); let p: number | undefined = id; while (p !== undefined) { const n: any = byId.get(p); const k = key(n); if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + t); } p = parent.get(p); } }
console.log('--- inclusive');
const F = process.env.FILTER ? new RegExp(process.env.FILTER) : null;
for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).filter(([k]) => !F || F.test(k)).slice(0, Number(process.env.TOP ?? 70))) console.log(String(Math.round(v / 1000)).padStart(6), k);
await browser.close(); await served.close();
