/**
 * `npm run room`: builds the app, then serves it with the workshop room (the HTTP API and
 * the Hocuspocus WebSocket) on one port. docs/workshops.md explains the options.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseRoomArgs, ROOM_USAGE } from './args';
import { startRoomServer } from './roomServer';

const parsed = parseRoomArgs(process.argv.slice(2));
if (!parsed.ok) {
  console.error(`npm run room: ${parsed.error}\n\n${ROOM_USAGE}`);
  process.exit(2);
}
const { args } = parsed;
if (args.build) {
  console.log('Building the app (vite build)…');
  const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
if (args.distDir !== null && !existsSync(join(args.distDir, 'index.html'))) {
  console.error(`npm run room: ${args.distDir}/index.html is missing: build the app first (npm run build).`);
  process.exit(1);
}
const server = await startRoomServer({
  port: args.port,
  host: args.host,
  distDir: args.distDir,
  idleMs: args.idleMs,
  maxParticipants: args.maxParticipants,
  redisUrl: args.redisUrl,
});
console.log(
  `Faultline room server on ${server.url} (${args.redisUrl ? `rooms shared through ${args.redisUrl}` : 'rooms in memory: a restart ends them'})`,
);
const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
