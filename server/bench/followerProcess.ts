/**
 * One process of followers for `npm run bench:room` (roomBench.ts forks a few, so the
 * followers' own work is spread over several processes as it is over many devices). Over
 * IPC: `join` connects them; `arm` waits until every one of them has a clock at `simMs`
 * and answers with the wall time (ms since the epoch, sub-millisecond) the last one had it.
 */
import { performance } from 'node:perf_hooks';
import { type PresenterState, ROOM_DOC, type RoomClock } from '../../src/room/protocol';
import { connectRoom, type RoomClient, waitForDoc } from '../testing/roomClient';

type Command =
  | { type: 'join'; origins: string[]; roomId: string; count: number }
  | { type: 'arm'; simMs: number }
  | { type: 'leave' };

const wallNow = () => performance.timeOrigin + performance.now();
const send = (message: unknown) => process.send?.(message);
let crowd: RoomClient[] = [];
const clockOf = (c: RoomClient) =>
  c.doc.getMap<PresenterState[keyof PresenterState]>(ROOM_DOC.presenter).get('clock') as
    | RoomClock
    | undefined;

process.on('message', async (command: Command) => {
  if (command.type === 'join') {
    for (let i = 0; i < command.count; i += 50) {
      const some = Array.from({ length: Math.min(50, command.count - i) }, (_, j) =>
        connectRoom(command.origins[(i + j) % command.origins.length], command.roomId),
      );
      await Promise.all(some.map((c) => c.ready));
      crowd.push(...some);
    }
    send({ type: 'joined' });
  } else if (command.type === 'arm') {
    const arrived = crowd.map((c) =>
      waitForDoc(c.doc, () => clockOf(c)?.simMs === command.simMs, 30_000).then(wallNow),
    );
    send({ type: 'armed' });
    const times = await Promise.all(arrived);
    send({ type: 'arrived', lastMs: Math.max(...times) });
  } else {
    for (const c of crowd) c.close();
    crowd = [];
    send({ type: 'left' });
    process.exit(0);
  }
});
