/**
 * The workshop room server: the built app, the small HTTP API and the Hocuspocus WebSocket
 * endpoint on one port (docs/workshops.md). Rooms live in memory, or in Redis with
 * `redisUrl` so several servers share them.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import { type Connection, type Extension, Hocuspocus, type onStatelessPayload } from '@hocuspocus/server';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import {
  type CreateRoomResponse,
  decodeRefusal,
  decodeRoomDocument,
  FOLLOWER_TOKEN,
  type FromRoomServer,
  type JoinCodeResponse,
  normalizeJoinCode,
  parseDocumentName,
  ROOM_DOC,
  ROOM_LIMITS,
  ROOM_PATHS,
  ROOM_PROTOCOL_VERSION,
  type RoomError,
  type RoomErrorCode,
  type RoomHandout,
  type RoomHealthResponse,
  type RoomInfoResponse,
  type RoomQuestion,
  readToRoomServer,
  reasonFor,
  roomError,
  SUBMISSIONS_DOC,
  type Submission,
  submissionsDocumentName,
} from '../src/room/protocol';
import { newJoinCode, newPresenterToken, newRoomId, tokenDigest, tokenMatches } from './ids';
import { guardSocket } from './messageGuard';
import { presenterUpdateRefusal, updateInMessage } from './presenterGuard';
import { TokenBucket, WindowLimiter } from './rateLimit';
import { RedisRegistry } from './redisRegistry';
import { MemoryRegistry, type RoomRegistry } from './registry';
import { staticHandler } from './static';

export interface RoomServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** The built app to serve, or null to serve only the API and the WebSocket. */
  distDir?: string | null;
  /** A room with no connection and no change for this long ends. */
  idleMs?: number;
  /** Followers a room accepts (the presenter is always let in). */
  maxParticipants?: number;
  /** `redis://…`: share rooms with the other servers using the same Redis. */
  redisUrl?: string | null;
  /** How often idle rooms are looked for (default: a tenth of the idle time, at most a minute). */
  sweepIntervalMs?: number;
  /** Per-connection and per-address limits (tests lower them). */
  limits?: Partial<
    Record<
      'statelessBurst' | 'statelessPerSecond' | 'submitIntervalMs' | 'lookupsPerMinute' | 'createsPerMinute',
      number
    >
  >;
  quiet?: boolean;
}

export interface RunningRoomServer {
  /** `http://host:port`, the origin of the app and the API. */
  url: string;
  port: number;
  hocuspocus: Hocuspocus;
  registry: RoomRegistry;
  close(): Promise<void>;
}

/** What the server remembers of each connection (Hocuspocus's connection context). */
interface RoomContext {
  role: 'presenter' | 'follower';
  roomId: string;
  counted: boolean;
}

class Refusal extends Error {
  constructor(
    readonly code: RoomErrorCode,
    readonly detail?: string,
  ) {
    super('');
    this.message = ''; // Hocuspocus logs errors with a message; a refusal is not an error of the server
  }
  get reason(): string {
    return reasonFor(this.code, this.detail);
  }
}

const HTTP_STATUS: Partial<Record<RoomErrorCode, number>> = {
  'room-not-found': 404,
  'server-restarted': 404,
  'unknown-code': 404,
  'not-found': 404,
  'room-expired': 410,
  'rate-limited': 429,
  'too-large': 413,
  'bad-message': 400,
};

/** Starts a room server; resolves once it listens. */
export async function startRoomServer(options: RoomServerOptions = {}): Promise<RunningRoomServer> {
  const idleMs = options.idleMs ?? ROOM_LIMITS.defaultIdleMs;
  const maxFollowers = options.maxParticipants ?? ROOM_LIMITS.defaultMaxParticipants;
  const limits: Record<keyof typeof ROOM_LIMITS, number> = { ...ROOM_LIMITS, ...options.limits };
  const log = options.quiet ? () => {} : (line: string) => console.log(line);
  const registry: RoomRegistry = options.redisUrl
    ? new RedisRegistry(options.redisUrl, idleMs)
    : new MemoryRegistry(idleMs, Date.now);
  const lookups = new WindowLimiter(limits.lookupsPerMinute, 60_000);
  const creations = new WindowLimiter(limits.createsPerMinute, 60_000);
  const buckets = new WeakMap<Connection, TokenBucket>();
  const lastSubmit = new WeakMap<Connection, number>();
  const votedHere = new WeakMap<Connection, Set<string>>();
  const lastTouch = new Map<string, number>();

  const unknownRoom = (): Refusal => new Refusal(registry.persistent ? 'room-not-found' : 'server-restarted');

  /** Records activity, at most every few seconds per room (a touch is a Redis round trip). */
  function touch(roomId: string): void {
    const now = Date.now();
    if (now - (lastTouch.get(roomId) ?? 0) < Math.min(5_000, idleMs / 4)) return;
    lastTouch.set(roomId, now);
    registry.touch(roomId).catch(() => {});
  }

  // Rooms' Yjs state outlives their documents' unloading (a room with nobody connected for a
  // moment, or a submission arriving while the presenter is away): saved shortly after each change.
  const pendingSaves = new Map<string, { timer: NodeJS.Timeout; doc: Y.Doc }>();
  function flushSave(name: string): Promise<void> {
    const pending = pendingSaves.get(name);
    if (!pending) return Promise.resolve();
    clearTimeout(pending.timer);
    pendingSaves.delete(name);
    return registry.saveState(name, Y.encodeStateAsUpdate(pending.doc)).catch(() => {});
  }

  const roomRules: Extension = {
    extensionName: 'faultline-room',
    async onAuthenticate({ token, documentName, connectionConfig }) {
      const name = parseDocumentName(documentName);
      if (!name) throw new Refusal('room-not-found', 'That is not a room id.');
      const found = await registry.lookup(name.roomId);
      if (found.status === 'expired') throw new Refusal('room-expired');
      if (found.status === 'unknown') throw unknownRoom();
      if (token && token !== FOLLOWER_TOKEN && tokenMatches(token, found.room.presenterDigest)) {
        touch(name.roomId);
        return { role: 'presenter', roomId: name.roomId, counted: false } satisfies RoomContext;
      }
      if (name.part === 'submissions')
        throw new Refusal('not-presenter', 'Submissions are for the presenter only.');
      if (token && token !== FOLLOWER_TOKEN) throw new Refusal('not-presenter');
      if (!(await registry.join(name.roomId, maxFollowers)))
        throw new Refusal('room-full', `It has ${maxFollowers} followers.`);
      connectionConfig.readOnly = true;
      return { role: 'follower', roomId: name.roomId, counted: true } satisfies RoomContext;
    },
    async onLoadDocument({ document, documentName }) {
      const state = await registry.loadState(documentName);
      if (state) Y.applyUpdate(document, state, 'room-store');
    },
    async beforeHandleMessage({ connection, document, update }) {
      const context = connection.context as RoomContext;
      if (context.role !== 'presenter' || parseDocumentName(document.name)?.part !== 'room') return;
      const yUpdate = updateInMessage(update);
      if (!yUpdate) return;
      const refusal = presenterUpdateRefusal(document, yUpdate);
      if (refusal) {
        log(`room ${context.roomId}: refused the presenter's update (${refusal.code}: ${refusal.detail})`);
        throw new Refusal(refusal.code, refusal.detail);
      }
    },
    async onChange({ document, documentName }) {
      const name = parseDocumentName(documentName);
      if (!name) return;
      touch(name.roomId);
      const pending = pendingSaves.get(documentName);
      if (pending) clearTimeout(pending.timer);
      pendingSaves.set(documentName, {
        doc: document,
        timer: setTimeout(() => void flushSave(documentName), 500),
      });
    },
    async beforeUnloadDocument({ documentName }) {
      await flushSave(documentName);
    },
    async onDisconnect({ context }) {
      const c = context as RoomContext | undefined;
      if (c?.counted) {
        c.counted = false;
        await registry.leave(c.roomId);
      }
    },
    async onStateless(data: onStatelessPayload) {
      // A failure here (Redis gone, say) must answer the sender, not end the server.
      try {
        await handleStateless(data);
      } catch (e) {
        log(`a stateless message failed: ${String(e)}`);
        data.connection.sendStateless(
          JSON.stringify({
            type: 'refused',
            of: 'message',
            error: roomError('bad-message', 'The server could not handle it; try again.'),
          } satisfies FromRoomServer),
        );
      }
    },
  };

  async function handleStateless({ connection, document, payload }: onStatelessPayload): Promise<void> {
    const context = connection.context as RoomContext;
    const reply = (message: FromRoomServer) => connection.sendStateless(JSON.stringify(message));
    const now = Date.now();
    let bucket = buckets.get(connection);
    if (!bucket) {
      bucket = new TokenBucket(limits.statelessBurst, limits.statelessPerSecond, now);
      buckets.set(connection, bucket);
    }
    if (!bucket.take(now)) {
      reply({ type: 'refused', of: 'message', error: roomError('rate-limited') });
      return;
    }
    const read = readToRoomServer(payload);
    if (!read.ok) {
      reply({ type: 'refused', of: 'message', error: read.error });
      return;
    }
    const message = read.message;
    if (message.type === 'ping') {
      reply({ type: 'pong', id: message.id, clientMs: message.clientMs, serverMs: Date.now() });
      return;
    }
    const refuse = (error: RoomError) => reply({ type: 'refused', of: message.type, error });
    if (message.type === 'vote') {
      const question = document.getMap(ROOM_DOC.presenter).get('question') as RoomQuestion | null | undefined;
      if (!question || question.id !== message.questionId || !question.open)
        return refuse(roomError('question-closed'));
      if (message.choice >= question.choices.length)
        return refuse(roomError('bad-message', `The question has ${question.choices.length} choices.`));
      // One vote per participant (kept in the registry, across servers) and per connection
      // (so a new participant id on the same connection does not vote twice).
      let voted = votedHere.get(connection);
      if (!voted) {
        voted = new Set();
        votedHere.set(connection, voted);
      }
      if (voted.has(question.id)) return refuse(roomError('already-voted'));
      voted.add(question.id);
      if (!(await registry.recordVote(context.roomId, question.id, message.participantId)))
        return refuse(roomError('already-voted'));
      document.transact(() => {
        document.getArray(ROOM_DOC.votes).push([{ questionId: question.id, choice: message.choice }]);
      }, 'room-server');
      reply({ type: 'accepted', of: 'vote', ref: question.id });
      return;
    }
    // A submission: answers the current handout, passes the decoder, goes to the presenter only.
    const handout = document.getMap(ROOM_DOC.presenter).get('handout') as RoomHandout | null | undefined;
    if (!handout || handout.id !== message.handoutId) return refuse(roomError('no-handout'));
    const since = now - (lastSubmit.get(connection) ?? Number.NEGATIVE_INFINITY);
    if (since < limits.submitIntervalMs)
      return refuse(
        roomError(
          'rate-limited',
          `Submit again in ${Math.ceil((limits.submitIntervalMs - since) / 1000)} s.`,
        ),
      );
    const decoded = decodeRoomDocument(message.document);
    if (!decoded.ok) return refuse(roomError('bad-document', decodeRefusal(decoded)));
    lastSubmit.set(connection, now);
    const submission: Submission = {
      id: randomUUID(),
      from: message.participantId,
      name: message.name.trim(),
      handoutId: handout.id,
      document: message.document,
      atMs: now,
    };
    const direct = await hocuspocus.openDirectConnection(submissionsDocumentName(context.roomId), {
      role: 'presenter',
      roomId: context.roomId,
      counted: false,
    } satisfies RoomContext);
    direct.document?.transact(() => {
      direct.document?.getArray(SUBMISSIONS_DOC.submissions).push([submission]);
    }, 'room-server');
    await flushSave(submissionsDocumentName(context.roomId));
    direct.disconnect().catch(() => {});
    reply({ type: 'accepted', of: 'submit', ref: submission.id });
  }

  const extensions: Extension[] = [roomRules];
  if (options.redisUrl) {
    const url = new URL(options.redisUrl);
    extensions.unshift(
      new RedisExtension({
        host: url.hostname,
        port: Number(url.port || 6379),
        prefix: 'faultline:yjs',
        // Documents unload as soon as the last connection leaves (their state is in the registry).
        disconnectDelay: 200,
        ...(url.password ? { options: { password: decodeURIComponent(url.password) } } : {}),
      }),
    );
  }
  const hocuspocus = new Hocuspocus({ quiet: true, extensions, debounce: 500, maxDebounce: 2_000 });

  // HTTP: the API, then the app.
  const serveApp = options.distDir ? staticHandler(options.distDir) : null;
  const sendJson = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, {
      'Content-Type': 'application/json',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(JSON.stringify(body));
  };
  const sendError = (res: ServerResponse, error: RoomError) =>
    sendJson(res, HTTP_STATUS[error.code] ?? 400, { error });
  const address = (req: IncomingMessage) => req.socket.remoteAddress ?? 'unknown';

  async function api(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const now = Date.now();
    if (path === ROOM_PATHS.createRoom && req.method === 'POST') {
      if (!creations.allow(address(req), now)) return sendError(res, roomError('rate-limited'));
      req.resume(); // no body is read
      for (let attempt = 0; attempt < 8; attempt++) {
        const roomId = newRoomId();
        const joinCode = newJoinCode();
        const presenterToken = newPresenterToken();
        if (await registry.create({ roomId, joinCode, presenterDigest: tokenDigest(presenterToken) })) {
          log(`room ${roomId} created (code ${joinCode})`);
          const body: CreateRoomResponse = {
            roomId,
            joinCode,
            presenterToken,
            idleMs,
            maxParticipants: maxFollowers,
          };
          return sendJson(res, 201, body);
        }
      }
      return sendJson(res, 503, { error: roomError('rate-limited', 'No free join code was found.') });
    }
    if (req.method !== 'GET') return sendError(res, roomError('not-found'));
    if (path === ROOM_PATHS.health) {
      const body: RoomHealthResponse = {
        protocol: ROOM_PROTOCOL_VERSION,
        serverMs: Date.now(),
        persistent: registry.persistent,
      };
      return sendJson(res, 200, body);
    }
    if (path.startsWith(ROOM_PATHS.joinCodePrefix)) {
      if (!lookups.allow(address(req), now)) return sendError(res, roomError('rate-limited'));
      const code = normalizeJoinCode(decodeURIComponent(path.slice(ROOM_PATHS.joinCodePrefix.length)));
      const roomId = code ? await registry.resolveCode(code) : null;
      if (!roomId) return sendError(res, roomError('unknown-code'));
      const body: JoinCodeResponse = { roomId };
      return sendJson(res, 200, body);
    }
    if (path.startsWith(ROOM_PATHS.roomInfoPrefix)) {
      if (!lookups.allow(address(req), now)) return sendError(res, roomError('rate-limited'));
      const roomId = path.slice(ROOM_PATHS.roomInfoPrefix.length);
      const found =
        parseDocumentName(roomId)?.part === 'room'
          ? await registry.lookup(roomId)
          : { status: 'unknown' as const };
      if (found.status === 'expired') return sendError(res, roomError('room-expired'));
      if (found.status === 'unknown') return sendError(res, roomError(unknownRoom().code));
      const body: RoomInfoResponse = {
        roomId,
        joinCode: found.room.joinCode,
        participants: found.room.followers,
        maxParticipants: maxFollowers,
      };
      return sendJson(res, 200, body);
    }
    return sendError(res, roomError('not-found'));
  }

  const http: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const handle = path.startsWith('/api/room')
      ? api(req, res, path)
      : serveApp
        ? serveApp(req, res)
        : Promise.resolve(sendError(res, roomError('not-found')));
    handle.catch((e) => {
      log(`request ${req.method} ${path} failed: ${String(e)}`);
      if (!res.headersSent)
        sendJson(res, 500, { error: { code: 'bad-message', message: 'The server failed.' } });
      else res.end();
    });
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: ROOM_LIMITS.frameBytes });
  wss.on('connection', (ws, request) => {
    ws.on('error', () => {}); // a broken socket ends its connection; it must not end the server
    guardSocket(ws);
    hocuspocus.handleConnection(ws, request);
  });
  http.on('upgrade', (request, socket, head) => {
    if ((request.url ?? '').split('?')[0] !== ROOM_PATHS.websocket) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  });

  // Idle rooms end: rooms with someone connected here are active; the others are swept.
  const sweepMs = options.sweepIntervalMs ?? Math.max(50, Math.min(60_000, idleMs / 10));
  const sweeper = setInterval(async () => {
    try {
      for (const [name, doc] of hocuspocus.documents) {
        const parsed = parseDocumentName(name);
        if (parsed && doc.getConnectionsCount() > 0) await registry.touch(parsed.roomId);
      }
      for (const roomId of await registry.sweep(Date.now())) {
        log(`room ${roomId} ended (idle)`);
        lastTouch.delete(roomId);
      }
    } catch (e) {
      log(`sweeping idle rooms failed: ${String(e)}`);
    }
  }, sweepMs);

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  const host = options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1';
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  return {
    url,
    port,
    hocuspocus,
    registry,
    async close() {
      clearInterval(sweeper);
      for (const name of [...pendingSaves.keys()]) await flushSave(name);
      hocuspocus.closeConnections();
      for (const ws of wss.clients) ws.terminate();
      wss.close();
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeAllConnections();
      await closed;
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
      await registry.close();
    },
  };
}
