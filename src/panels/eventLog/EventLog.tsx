import { formatSeconds } from '../../run/formatTime';
import type { RunController } from '../../run/runController';
import { useRunStore } from '../../store/runHooks';

/** Lines kept on screen: the engine groups entries, and this bounds the DOM whatever happens. */
const MAX_LINES = 300;

/**
 * The run told in sentences, as the engine wrote them ("20.0 s payments restarting
 * (redeploy)"). A polite live region, so screen readers hear it; it is also the text
 * alternative to the canvas overlay. Each line jumps the timeline to its time.
 */
export function EventLog({ controller }: { controller: RunController }) {
  const log = useRunStore((s) => s.log);
  const shown = log.length > MAX_LINES ? log.slice(log.length - MAX_LINES) : log;
  const skipped = log.length - shown.length;
  return (
    <section className="event-log" aria-labelledby="event-log-title">
      <h2 id="event-log-title">Event log</h2>
      <div role="log" aria-live="polite" aria-relevant="additions" className="event-log-lines">
        {skipped > 0 ? <p className="event-log-skipped">{skipped} earlier lines not shown</p> : null}
        {shown.length === 0 ? (
          <p className="event-log-empty">Press Play: what happens will be told here.</p>
        ) : null}
        <ol>
          {shown.map((entry) => (
            <li
              key={`${entry.tMs}|${entry.kind}|${entry.subject}|${entry.text}`}
              className={`event-log-${entry.kind}`}
            >
              <button
                type="button"
                onClick={() => controller.send({ type: 'SEEK', tMs: entry.tMs })}
                title="Show the run at this time"
              >
                <span className="event-log-time">{formatSeconds(entry.tMs)}</span> {entry.text}
              </button>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
