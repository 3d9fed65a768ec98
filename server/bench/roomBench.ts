/**
 * `npm run bench:room`: how fast a presenter's change reaches every follower, and how many
 * bytes a follower receives per minute of a typical lesson (docs/workshops.md, "What is sent
 * over the network"). The room servers run as child processes (`npm run room -- --no-app`),
 * the followers are real Hocuspocus providers in a few more (followerProcess.ts).
 *
 *   npm run bench:room                      N = 50, 200, 500; one server, then two with Redis
 *   npm run bench:room -- --sizes 50,100    other room sizes
 *   npm run bench:room -- --changes 30      clock changes per measurement (default 25)
 *   npm run bench:room -- --processes 4     processes the followers are spread over (default 2)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { type PresenterState, ROOM_DOC, ROOM_PATHS, type RoomClock } from '../../src/room/protocol';
import { exampleLink, exampleLinkWithLiveFault } from '../testing/documents';
import { freePort, startRedis } from '../testing/redisProcess';
import { connectRoom, createRoom, participantId, type RoomClient, waitForDoc } from '../testing/roomClient';

const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
};
const SIZES = option('--sizes', '50,200,500').split(',').map(Number);
const CHANGES = Number(option('--changes', '25'));
const PROCESSES = Number(option('--processes', '2'));

// The servers this run started: ended on every way out, a crash included.
const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of children) child.kill('SIGTERM');
});

async function roomServer(redisUrl: string | null, maxParticipants: number) {
  const port = await freePort();
  const args = [
    'tsx',
    'server/main.ts',
    '--no-app',
    '--port',
    String(port),
    '--max-participants',
    String(maxParticipants),
  ];
  if (redisUrl) args.push('--redis', redisUrl);
  const child: ChildProcess = spawn('node_modules/.bin/tsx', args.slice(1), {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    const ok = await fetch(`${url}${ROOM_PATHS.health}`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await sleep(100);
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

const presenterMap = (c: RoomClient) =>
  c.doc.getMap<PresenterState[keyof PresenterState]>(ROOM_DOC.presenter);
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const ms = (x: number) => `${x.toFixed(1)} ms`;

/** Connects `n` followers, `batch` at a time, round-robin over `origins`. */
async function followers(origins: string[], roomId: string, n: number, batch = 50): Promise<RoomClient[]> {
  const all: RoomClient[] = [];
  for (let i = 0; i < n; i += batch) {
    const some = Array.from({ length: Math.min(batch, n - i) }, (_, j) =>
      connectRoom(origins[(i + j) % origins.length], roomId),
    );
    await Promise.all(some.map((c) => c.ready));
    all.push(...some);
  }
  return all;
}

/** A child process of followers (followerProcess.ts), driven over IPC. */
function followerProcess() {
  const child = spawn('node_modules/.bin/tsx', ['server/bench/followerProcess.ts'], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  const next = (type: string) =>
    new Promise<Record<string, number>>((resolve) => {
      const on = (m: { type: string }) => {
        if (m.type !== type) return;
        child.off('message', on);
        resolve(m as unknown as Record<string, number>);
      };
      child.on('message', on);
    });
  return { child, next };
}

/**
 * p50/p95/max of the time until every follower has each of CHANGES clock changes. The
 * followers live in PROCESSES child processes, so their own work runs in parallel as it
 * would on many devices; each process reports when its last follower had the change.
 */
async function measureDelay(origins: string[], n: number) {
  const room = await createRoom(origins[0]);
  const presenter = connectRoom(origins[0], room.roomId, room.presenterToken);
  await presenter.ready;
  presenterMap(presenter).set('document', exampleLink());
  const workers = Array.from({ length: PROCESSES }, followerProcess);
  await Promise.all(
    workers.map((w, i) => {
      const joined = w.next('joined');
      const count = Math.floor(n / PROCESSES) + (i < n % PROCESSES ? 1 : 0);
      w.child.send({ type: 'join', origins, roomId: room.roomId, count });
      return joined;
    }),
  );
  const untilAll: number[] = [];
  // The first changes warm up every process (JIT); only the rest are measured.
  const WARM_UP = 5;
  for (let change = 1; change <= WARM_UP + CHANGES; change++) {
    const simMs = change * 1_000;
    const arrived = workers.map((w) => w.next('arrived'));
    await Promise.all(
      workers.map((w) => {
        const armed = w.next('armed');
        w.child.send({ type: 'arm', simMs });
        return armed;
      }),
    );
    const sent = performance.timeOrigin + performance.now();
    const clock: RoomClock = { simMs, playing: change % 2 === 1, speed: 1, wallMs: Date.now() };
    presenterMap(presenter).set('clock', clock);
    const last = Math.max(...(await Promise.all(arrived)).map((m) => m.lastMs));
    if (change > WARM_UP) untilAll.push(last - sent);
    await sleep(100);
  }
  await Promise.all(
    workers.map((w) => {
      const left = w.next('left');
      w.child.send({ type: 'leave' });
      return left;
    }),
  );
  presenter.close();
  const sorted = [...untilAll].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] };
}

/**
 * Bytes one follower receives during a scripted minute of a typical lesson: two steps with
 * captions, play, pause, a scrub, a speed change, a question with 30 votes and its reveal,
 * a live fault, and the follower's own clock pings (four a minute). The diagram itself
 * arrives once, on joining; it is reported apart.
 */
async function measureBytes(origin: string) {
  const room = await createRoom(origin);
  const presenter = connectRoom(origin, room.roomId, room.presenterToken);
  await presenter.ready;
  const map = presenterMap(presenter);
  map.set('document', exampleLink());
  map.set('seed', 1);
  const follower = connectRoom(origin, room.roomId);
  await follower.ready;
  await waitForDoc(follower.doc, () => presenterMap(follower).get('document') != null);
  await sleep(300);
  const onJoin = follower.bytesReceived();
  const voters = await followers([origin], room.roomId, 30);
  await sleep(300);
  const start = follower.bytesReceived();
  const clock = (simMs: number, playing: boolean, speed = 1): RoomClock => ({
    simMs,
    playing,
    speed,
    wallMs: Date.now(),
  });
  const script: Array<() => void> = [
    () => {
      map.set('step', 0);
      map.set('caption', 'Orders calls Payments directly. Watch what a redeploy of Payments does.');
    },
    () => map.set('clock', clock(0, true)),
    () => map.set('clock', clock(10_000, false)),
    () => map.set('clock', clock(6_000, false)),
    () => map.set('clock', clock(6_000, true)),
    () => map.set('clock', clock(14_000, true, 2)),
    // The presenter zooms in on payments: the visible area, twice (the throttle's 4/s).
    () => map.set('visibleArea', { x: 180, y: 40, width: 620, height: 390 }),
    () => map.set('visibleArea', { x: 260, y: 80, width: 420, height: 260 }),
    // A live fault travels inside the diagram's fault timeline: the diagram is sent again.
    () => map.set('document', exampleLinkWithLiveFault()),
    () => {
      map.set('clock', clock(30_000, false));
      map.set('step', 1);
      map.set('caption', 'Payments is being redeployed. What happens to orders?');
      map.set('question', {
        id: 'q1',
        text: 'What happens to orders?',
        choices: ['They fail', 'They wait', 'Nothing'],
        open: true,
        revealed: false,
      });
    },
    () => {
      for (const [i, v] of voters.entries())
        v.send({ type: 'vote', participantId: participantId(), questionId: 'q1', choice: i % 3 });
    },
    () => follower.send({ type: 'vote', participantId: participantId(), questionId: 'q1', choice: 1 }),
    () => {
      map.set('question', {
        id: 'q1',
        text: 'What happens to orders?',
        choices: ['They fail', 'They wait', 'Nothing'],
        open: false,
        revealed: true,
      });
      map.set('clock', clock(30_000, true));
    },
  ];
  for (const step of script) {
    step();
    await sleep(150);
  }
  for (let i = 0; i < 4; i++) follower.send({ type: 'ping', id: i, clientMs: Date.now() });
  await sleep(500);
  const perMinute = follower.bytesReceived() - start;
  for (const c of [presenter, follower, ...voters]) c.close();
  return { onJoin, perMinute, documentChars: exampleLink().length };
}

async function main() {
  console.log(
    `Room benchmark: ${CHANGES} clock changes per measurement (after 5 to warm up); delay = until every follower has the change.\n`,
  );
  const rows: string[] = [];
  const capacity = Math.max(...SIZES, 40) + 10;
  const single = await roomServer(null, capacity);
  try {
    for (const n of SIZES) {
      const r = await measureDelay([single.url], n);
      rows.push(
        `one server      N=${String(n).padStart(4)}  p50 ${ms(r.p50)}  p95 ${ms(r.p95)}  max ${ms(r.max)}`,
      );
      console.log(rows[rows.length - 1]);
    }
    const bytes = await measureBytes(single.url);
    console.log(
      `\nA typical lesson minute: ${bytes.perMinute} bytes per follower (${(bytes.perMinute / 1024).toFixed(1)} KiB); ` +
        `joining: ${bytes.onJoin} bytes (the diagram's link is ${bytes.documentChars} characters).\n`,
    );
  } finally {
    await single.stop();
  }
  const redis = await startRedis();
  const a = await roomServer(redis.url, capacity);
  const b = await roomServer(redis.url, capacity);
  try {
    for (const n of SIZES) {
      const r = await measureDelay([b.url, a.url], n);
      rows.push(
        `two + Redis     N=${String(n).padStart(4)}  p50 ${ms(r.p50)}  p95 ${ms(r.p95)}  max ${ms(r.max)}`,
      );
      console.log(rows[rows.length - 1]);
    }
  } finally {
    await a.stop();
    await b.stop();
    await redis.stop();
  }
  console.log('\n(two + Redis: the presenter on A, followers split evenly between A and B.)');
}

try {
  await main();
  process.exit(0);
} catch (e) {
  console.error(e);
  process.exit(1);
}
