import { useId, useState } from 'react';
import { ROOM_LIMITS } from '../../room/protocol';
import { useDocumentStore } from '../../store/documentStore';
import { useChallengeStore } from '../challenges/challengeStore';
import type { SubmitTarget } from './handoutLink';
import { participantId } from './participant';
import { roomDocumentText } from './presenterSync';
import { roomServerOrigin } from './roomApi';
import { connectRoom } from './roomConnection';
import { describeScore, scoreDocument } from './scorecard';
import './room.css';

/** How long a submission waits for the room's answer (wall ms). */
const SUBMIT_WAIT_MS = 15_000;

/** Sends `document` to the room as the answer to a handout; resolves to the room's verdict. */
function submitToRoom(target: SubmitTarget, name: string, document: string): Promise<string | null> {
  return new Promise((resolve) => {
    const connection = connectRoom({ origin: roomServerOrigin(), roomId: target.roomId });
    let done = false;
    const finish = (problem: string | null) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      connection.destroy();
      resolve(problem);
    };
    const timer = setTimeout(
      () => finish('The room did not answer: check the connection and try again.'),
      SUBMIT_WAIT_MS,
    );
    connection.onMessage((message) => {
      if (message.type === 'accepted' && message.of === 'submit') finish(null);
      else if (message.type === 'refused' && (message.of === 'submit' || message.of === 'message'))
        finish(message.error.message);
    });
    let sent = false;
    connection.subscribe(() => {
      if (connection.status() === 'refused')
        finish(connection.error()?.message ?? 'The room refused the connection.');
      else if (!sent && connection.status() === 'connected' && connection.synced()) {
        sent = true;
        connection.send({
          type: 'submit',
          participantId: participantId(),
          handoutId: target.handoutId,
          name,
          document,
        });
      }
    });
  });
}

/**
 * The bar over the editor on a copy handed out in a workshop room (`?submit=…`): check the
 * diagram (its client success over five seeds, the score the presenter's board ranks by)
 * and submit it to the presenter. On a challenge handed out, the challenge's own Check (in
 * its bar) grades it, as the presenter's board does. Loaded only on such a page.
 */
export default function RoomSubmitBar({ target }: { target: SubmitTarget }) {
  const nameId = useId();
  const [name, setName] = useState('');
  const [note, setNote] = useState<string>('Your copy: change it, check it, and submit it to the room.');
  const [busy, setBusy] = useState(false);
  const inChallenge = useChallengeStore((s) => s.active !== null);

  const check = async () => {
    setBusy(true);
    setNote('Checking over five seeds…');
    try {
      const s = await scoreDocument(useDocumentStore.getState().doc);
      setNote(`${describeScore(s)}.`);
    } catch (e) {
      setNote(`The check stopped: ${e instanceof Error ? e.message : String(e)}`);
    }
    setBusy(false);
  };
  const submit = async () => {
    const text = roomDocumentText(useDocumentStore.getState().doc);
    if (text.length > ROOM_LIMITS.documentChars) {
      setNote('This diagram is too large to submit to a room.');
      return;
    }
    setBusy(true);
    setNote('Submitting…');
    const problem = await submitToRoom(target, name.trim(), text);
    setNote(problem ?? 'Submitted: it is on the presenter’s board. You may change it and submit again.');
    setBusy(false);
  };

  return (
    <section className="room-submit" aria-label="Workshop room copy">
      <label htmlFor={nameId}>Your name (optional)</label>
      <input
        id={nameId}
        value={name}
        maxLength={ROOM_LIMITS.nameChars}
        onChange={(e) => setName(e.currentTarget.value)}
      />
      {inChallenge ? null : (
        <button type="button" className="fl-button" disabled={busy} onClick={check}>
          Check
        </button>
      )}
      <button type="button" className="fl-button fl-button--primary" disabled={busy} onClick={submit}>
        Submit to the room
      </button>
      <output className="room-submit__note" data-testid="room-submit-note">
        {note}
      </output>
    </section>
  );
}
