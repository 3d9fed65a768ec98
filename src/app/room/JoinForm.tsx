import { type FormEvent, useId, useState } from 'react';
import { JOIN_CODE_LENGTH, joinLink, normalizeJoinCode } from '../../room/protocol';
import { RoomProblem } from './RoomProblem';
import { lookUpJoinCode, roomServerOrigin } from './roomApi';

/** "Join a room": the short code the presenter shows, typed in (spaces and case do not matter). */
export function JoinForm() {
  const id = useId();
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const normal = normalizeJoinCode(code);
    if (!normal) {
      setProblem(
        `A join code is ${JOIN_CODE_LENGTH} letters and digits, as the presenter’s screen shows it.`,
      );
      return;
    }
    setBusy(true);
    const r = await lookUpJoinCode(normal);
    setBusy(false);
    if (r.ok) window.location.assign(joinLink(roomServerOrigin(), r.value.roomId));
    else setProblem(r.error.message);
  };
  return (
    <form className="room-join" onSubmit={submit}>
      <h1>Join a workshop room</h1>
      <label htmlFor={id}>Join code</label>
      <input
        id={id}
        className="room-join__code"
        value={code}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={16}
        onChange={(e) => setCode(e.currentTarget.value)}
      />
      <button type="submit" className="room-join__go" disabled={busy}>
        Join
      </button>
      <RoomProblem problem={problem} />
    </form>
  );
}
