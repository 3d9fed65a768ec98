import { type FormEvent, useId, useMemo, useState, useSyncExternalStore } from 'react';
import { CAMPAIGN } from '../../challenges/campaign';
import { joinLink, ROOM_LIMITS } from '../../room/protocol';
import { useDocumentStore } from '../../store/documentStore';
import { useChallengeStore } from '../challenges/challengeStore';
import { qrCodeDataUrl } from '../share/qrCode';
import { activeChallengeHandout, campaignHandout } from './challengeHandout';
import {
  leaveRoom,
  type PresenterSession,
  presenterSession,
  startRoom,
  subscribePresenterSession,
} from './presenterSession';
import { roomDocumentText } from './presenterSync';
import { roomServerOrigin } from './roomApi';
import { ShareVisibleArea } from './ShareVisibleArea';
import { SubmissionsBoard } from './SubmissionsBoard';
import { TallyBars } from './VotePanel';
import './room.css';
import { RoomProblem } from './RoomProblem';

const STATUS_TEXT = {
  connecting: 'Connecting…',
  connected: 'Live',
  reconnecting: 'Reconnecting… (the room is kept)',
  refused: 'Not connected',
} as const;

/**
 * The presenter's room panel, beside the editor (not modal: the presenter keeps presenting):
 * start a room, then its join code, link and QR code, the live tally of the question being
 * asked, an ad-hoc question, "fix this diagram" to hand out and the board of submissions.
 */
export default function RoomPanel({ onClose }: { onClose: () => void }) {
  const session = useSyncExternalStore(subscribePresenterSession, presenterSession);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const start = async () => {
    setBusy(true);
    const r = await startRoom();
    setBusy(false);
    setProblem(r.ok ? null : r.message);
  };
  return (
    <aside className="room-panel" aria-label="Workshop room">
      <header className="room-panel__header">
        <h2>Workshop room</h2>
        <button type="button" className="fl-button" onClick={onClose} aria-label="Hide the room panel">
          Hide
        </button>
      </header>
      {session ? (
        <OpenRoom session={session} />
      ) : (
        <>
          <p className="fl-muted">
            Your audience follows this diagram and its run on their own screens, votes on the lesson’s
            questions and hands back their own fixes. Joining needs no account.
          </p>
          <button type="button" className="fl-button fl-button--primary" disabled={busy} onClick={start}>
            Start a room
          </button>
          <RoomProblem problem={problem} />
        </>
      )}
    </aside>
  );
}

function OpenRoom({ session }: { session: PresenterSession }) {
  const view = useSyncExternalStore(session.view.subscribe, session.view.getSnapshot);
  const link = joinLink(roomServerOrigin(), session.seat.roomId);
  const qr = useMemo(() => qrCodeDataUrl(link), [link]);
  return (
    <div className="room-panel__open">
      <ShareVisibleArea room={session.room} />
      <p className="room-panel__status" data-testid="room-presenter-status">
        {view.error ? view.error.message : STATUS_TEXT[view.status]}
      </p>
      <p className="room-panel__code">
        Join code <strong data-testid="room-code">{session.seat.joinCode}</strong>
      </p>
      {/* Open while people join; closed, the panel leaves more of the editor in view. */}
      <details className="room-panel__join" open>
        <summary>Join link and QR code</summary>
        <label className="room-panel__link">
          Join link
          <input readOnly value={link} data-testid="room-link" onFocus={(e) => e.currentTarget.select()} />
        </label>
        {qr ? <img className="room-panel__qr" src={qr} alt="QR code of the join link" /> : null}
      </details>
      {view.question ? <TallyBars question={view.question} counts={view.counts} /> : null}
      <AskForm
        session={session}
        asking={view.question?.id.startsWith('ask-') === true && view.question.open}
      />
      <Handout session={session} handoutId={view.handout?.id ?? null} />
      <h3>Submissions</h3>
      <SubmissionsBoard connection={session.submissions} handout={view.handout} />
      <button type="button" className="fl-button room-panel__end" onClick={leaveRoom}>
        Leave the room
      </button>
    </div>
  );
}

function AskForm({ session, asking }: { session: PresenterSession; asking: boolean }) {
  const textId = useId();
  const choicesId = useId();
  const [text, setText] = useState('');
  const [choices, setChoices] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  if (asking)
    return (
      <button type="button" className="fl-button" onClick={() => session.room.closeQuestion()}>
        Close the question and reveal
      </button>
    );
  const ask = (e: FormEvent) => {
    e.preventDefault();
    const list = choices
      .split('\n')
      .map((c) => c.trim())
      .filter(Boolean);
    if (!text.trim()) return setProblem('Write the question first.');
    if (list.length < ROOM_LIMITS.minChoices || list.length > ROOM_LIMITS.maxChoices)
      return setProblem(`Give ${ROOM_LIMITS.minChoices} to ${ROOM_LIMITS.maxChoices} choices, one per line.`);
    if (list.some((c) => c.length > ROOM_LIMITS.choiceChars))
      return setProblem(`A choice may have at most ${ROOM_LIMITS.choiceChars} characters.`);
    setProblem(null);
    session.room.ask(text.trim().slice(0, ROOM_LIMITS.questionChars), list);
    setText('');
    setChoices('');
  };
  return (
    <details className="room-panel__ask">
      <summary>Ask a question of your own</summary>
      <form onSubmit={ask}>
        <label htmlFor={textId}>Question</label>
        <input
          id={textId}
          value={text}
          maxLength={ROOM_LIMITS.questionChars}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <label htmlFor={choicesId}>Choices, one per line</label>
        <textarea
          id={choicesId}
          rows={3}
          value={choices}
          onChange={(e) => setChoices(e.currentTarget.value)}
        />
        <button type="submit" className="fl-button">
          Ask
        </button>
        <RoomProblem problem={problem} />
      </form>
    </details>
  );
}

function Handout({ session, handoutId }: { session: PresenterSession; handoutId: string | null }) {
  const promptId = useId();
  const whatId = useId();
  const [prompt, setPrompt] = useState('');
  const [what, setWhat] = useState('fix');
  const [problem, setProblem] = useState<string | null>(null);
  const active = useChallengeStore((s) => s.active);
  if (handoutId)
    return (
      <div className="room-panel__handout">
        <p>
          {handoutId.startsWith('challenge-')
            ? 'A challenge is handed out: followers solve it on their own copy and submit it.'
            : 'This diagram is handed out: followers fix their own copy and submit it.'}
        </p>
        <button type="button" className="fl-button" onClick={() => session.room.set('handout', null)}>
          Stop handing out
        </button>
      </div>
    );
  const handOut = () => {
    const id = `${what === 'fix' ? 'fix' : 'challenge'}-${Date.now().toString(36)}`;
    if (what === 'active' && active) return session.room.set('handout', activeChallengeHandout(active, id));
    if (what.startsWith('c:')) return session.room.set('handout', campaignHandout(what.slice(2), id));
    const document = roomDocumentText(useDocumentStore.getState().doc);
    if (document.length > ROOM_LIMITS.documentChars) {
      setProblem('This diagram is too large to hand out in a room.');
      return;
    }
    setProblem(null);
    session.room.set('handout', {
      kind: 'fix',
      id,
      document,
      ...(prompt.trim() ? { prompt: prompt.trim().slice(0, ROOM_LIMITS.captionChars) } : {}),
    });
  };
  return (
    <div className="room-panel__handout">
      <label htmlFor={whatId}>What to hand out</label>
      <select id={whatId} value={what} onChange={(e) => setWhat(e.currentTarget.value)}>
        <option value="fix">This diagram, to fix</option>
        {active ? <option value="active">The challenge open now: {active.challenge.title}</option> : null}
        <optgroup label="A challenge of the campaign">
          {CAMPAIGN.map((c, i) => (
            <option key={c.id} value={`c:${c.id}`}>
              {`Level ${i + 1}: ${c.title}`}
            </option>
          ))}
        </optgroup>
      </select>
      {what === 'fix' ? (
        <>
          <label htmlFor={promptId}>Task for the room (optional)</label>
          <input id={promptId} value={prompt} onChange={(e) => setPrompt(e.currentTarget.value)} />
        </>
      ) : null}
      <button type="button" className="fl-button" onClick={handOut}>
        {what === 'fix' ? 'Hand out “fix this diagram”' : 'Hand out the challenge'}
      </button>
      <RoomProblem problem={problem} />
    </div>
  );
}
