import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { isRoomId, type RoomError, type RoomInfoResponse } from '../../room/protocol';
import { formatSeconds } from '../../run/formatTime';
import { createRunController, type RunController } from '../../run/runController';
import { useDocumentStore } from '../../store/documentStore';
import { useRunStore } from '../../store/runHooks';
import { CLOCK_INTERVAL_MS, shownTimeMs, useThrottledRunValue } from '../../store/useThrottledRunValue';
import { EmbedCanvas } from '../embed/EmbedCanvas';
import '../embed/embed.css';
import { FollowVisibleArea } from './FollowVisibleArea';
import { HandoutCard } from './HandoutCard';
import { JoinForm } from './JoinForm';
import { participantId, rememberVote, votedFor } from './participant';
import { roomInfo, roomServerOrigin } from './roomApi';
import { connectRoom, type RoomConnection } from './roomConnection';
import { followRoom } from './roomFollower';
import { type RoomViewStore, roomViewStore } from './roomView';
import { VotePanel } from './VotePanel';
import './room.css';
import { RoomProblem } from './RoomProblem';

export interface FollowerRouteProps {
  /** The room id from the join link, or null: the page asks for the join code. */
  roomId: string | null;
  /** Creates the simulation worker (the browser's module worker unless given). */
  createWorker?: () => Worker;
}

const STATUS_TEXT = {
  connecting: 'Connecting…',
  connected: 'Following',
  reconnecting: 'Reconnecting…',
  refused: 'Not connected',
} as const;

/**
 * The follower's page (`?room=<id>`, the join link; `?room` alone asks for the code): the
 * presenter's diagram, run, lesson step and caption on this screen, read-only. The run is
 * computed here by this page's own engine, kept on the presenter's clock. This page never
 * boots persistence: the follower's own autosaved work is neither read nor written.
 */
export default function FollowerRoute({ roomId, createWorker }: FollowerRouteProps) {
  const [info, setInfo] = useState<RoomInfoResponse | null>(null);
  const [refusal, setRefusal] = useState<RoomError | null>(null);
  useEffect(() => {
    if (!roomId) return;
    if (!isRoomId(roomId)) {
      setRefusal({
        code: 'room-not-found',
        message: 'This join link is not a room’s: check it, or type the join code.',
      });
      return;
    }
    let live = true;
    roomInfo(roomId).then((r) => {
      if (!live) return;
      if (r.ok) setInfo(r.value);
      else setRefusal(r.error);
    });
    return () => {
      live = false;
    };
  }, [roomId]);

  if (!roomId || refusal)
    return (
      <div className="room-page room-page--join">
        <RoomProblem problem={refusal?.message ?? null} />
        <JoinForm />
      </div>
    );
  if (!info) return <p className="fl-route-loading">Joining the room…</p>;
  return <FollowingRoom roomId={roomId} joinCode={info.joinCode} createWorker={createWorker} />;
}

function FollowingRoom({
  roomId,
  joinCode,
  createWorker,
}: {
  roomId: string;
  joinCode: string;
  createWorker?: () => Worker;
}) {
  const [parts, setParts] = useState<{
    connection: RoomConnection;
    store: RoomViewStore;
    controller: RunController;
  } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    const connection = connectRoom({ origin: roomServerOrigin(), roomId, syncClock: true });
    const store = roomViewStore(connection);
    const controller = createRunController(createWorker);
    const stop = followRoom(store, controller, () => connection.serverNow(), setProblem);
    setParts({ connection, store, controller });
    return () => {
      stop();
      controller.dispose();
      store.dispose();
      connection.destroy();
      setParts(null);
    };
  }, [roomId, createWorker]);
  if (!parts) return null;
  return <FollowerView {...parts} joinCode={joinCode} problem={problem} />;
}

function FollowerView({
  connection,
  store,
  joinCode,
  problem,
}: {
  connection: RoomConnection;
  store: RoomViewStore;
  joinCode: string;
  problem: string | null;
}) {
  const view = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const title = useDocumentStore((s) => s.doc.title);
  const tMs = useThrottledRunValue(shownTimeMs, CLOCK_INTERVAL_MS);
  const endMs = useRunStore((s) => s.progress.endMs);
  const narrow = useMemo(() => window.matchMedia?.('(max-width: 600px)').matches ?? false, []);
  const dark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  // Following the presenter's view: on by default on a wide screen. (A phone turns the
  // diagram upright, where the presenter's rectangle means nothing; it keeps its own fit.)
  const [follow, setFollow] = useState(!narrow);
  const followed = follow && !narrow ? view.visibleArea : null;
  // Once the presenter's view has been followed, the view is where the person last saw it:
  // unchecking "Follow" keeps it there rather than fitting the whole diagram again.
  const [viewTaken, setViewTaken] = useState(false);
  if (followed && !viewTaken) setViewTaken(true);
  const question = view.question;
  const [mine, setMine] = useState<number | null>(null);
  const [voteProblem, setVoteProblem] = useState<string | null>(null);
  useEffect(() => {
    setMine(question ? votedFor(question.id) : null);
    setVoteProblem(null);
  }, [question?.id, question]);
  useEffect(
    () =>
      connection.onMessage((message) => {
        if (message.type === 'refused' && message.of === 'vote') setVoteProblem(message.error.message);
      }),
    [connection],
  );

  const vote = (choice: number) => {
    if (!question) return;
    setMine(choice);
    rememberVote(question.id, choice);
    connection.send({ type: 'vote', participantId: participantId(), questionId: question.id, choice });
  };

  const refused = view.status === 'refused';
  return (
    <div
      className={`fl-embed room-follow${narrow ? ' fl-embed--phone room-follow--phone' : ''}`}
      data-theme-embed={dark ? 'dark' : 'light'}
    >
      <header className="fl-embed__header">
        <span className="fl-embed__title" title={title}>
          {view.document ? title : 'Workshop room'}
        </span>
        <span className="room-follow__room">Room {joinCode}</span>
        <output
          className={`room-follow__status room-follow__status--${view.status}`}
          data-testid="room-status"
        >
          {STATUS_TEXT[view.status]}
        </output>
      </header>
      {refused || problem ? (
        <p className="room-problem" role="alert">
          {view.error?.message ?? problem}
          {refused ? ' Your run stays on this screen.' : ''}
        </p>
      ) : null}
      {view.caption ? (
        <p className="fl-embed__caption room-follow__caption" aria-live="polite" data-testid="room-caption">
          {view.caption}
        </p>
      ) : null}
      {view.document ? (
        <EmbedCanvas
          colorMode={dark ? 'dark' : 'light'}
          upright={narrow}
          keepFitted={followed === null && !viewTaken}
        >
          {followed ? <FollowVisibleArea area={followed} /> : null}
        </EmbedCanvas>
      ) : (
        <p className="room-follow__waiting">
          {view.synced ? 'Waiting for the presenter’s diagram…' : 'Connecting to the room…'}
        </p>
      )}
      <section className="fl-embed__controls room-follow__clock" aria-label="Presenter’s run">
        <output className="fl-embed__clock" aria-label="Time" data-testid="room-clock">
          {formatSeconds(tMs)} / {formatSeconds(endMs)}
        </output>
        <span className="room-follow__playing" data-testid="room-playing">
          {view.clock.playing ? `Playing · ${view.clock.speed}×` : 'Paused'}
        </span>
        {view.step !== null ? <span className="room-follow__step">Step {view.step + 1}</span> : null}
        {narrow ? null : (
          <label className="room-follow__view">
            <input type="checkbox" checked={follow} onChange={(e) => setFollow(e.currentTarget.checked)} />
            Follow the presenter’s view
          </label>
        )}
      </section>
      {question ? (
        <VotePanel question={question} counts={view.counts} mine={mine} onVote={vote} problem={voteProblem} />
      ) : null}
      {view.handout ? <HandoutCard handout={view.handout} roomId={connection.roomId} /> : null}
    </div>
  );
}
