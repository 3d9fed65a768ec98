import { useState } from 'react';
import { ModalDialog } from '../share/ModalDialog';
import { downloadRecentDiagram, openRecentDiagram } from './recentActions';
import { listRecent, RECENT_REASON_TEXT } from './recentDiagrams';
import { persistenceSession } from './session';
import './persistence.css';

const when = (ms: number) =>
  new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * File → Recent: the diagrams that were replaced (by a link, a file, New, a scenario,
 * another tab), newest first, each with its title, time and what replaced it. Opening one
 * keeps the diagram on screen in the list in its turn.
 */
export function RecentDiagramsDialog({ onClose }: { onClose: () => void }) {
  const [entries] = useState(() => listRecent(persistenceSession().env.local));
  return (
    <ModalDialog title="Recent diagrams" onClose={onClose}>
      {entries.length === 0 ? (
        <p>
          No diagram has been replaced in this browser yet. When a link, a file, New or a scenario replaces
          the diagram you are working on, it is kept here.
        </p>
      ) : (
        <>
          <p className="fl-muted">
            Diagrams that something replaced in this browser, newest first. Opening one keeps the diagram open
            now in this list.
          </p>
          <ul className="fl-recent-list" aria-label="Recent diagrams">
            {entries.map((e) => (
              <li key={e.key} className="fl-recent-item">
                <div className="fl-recent-text">
                  <strong>{e.title}</strong>
                  <span className="fl-recent-meta">
                    <time dateTime={new Date(e.savedAt).toISOString()}>{when(e.savedAt)}</time> ·{' '}
                    {RECENT_REASON_TEXT[e.reason]}
                  </span>
                </div>
                <div className="fl-recent-actions">
                  <button
                    type="button"
                    className="fl-button"
                    aria-label={`Open “${e.title}”`}
                    onClick={() => openRecentDiagram(e, onClose)}
                  >
                    Open
                  </button>
                  <button
                    type="button"
                    className="fl-button"
                    aria-label={`Download “${e.title}”`}
                    onClick={() => downloadRecentDiagram(e)}
                  >
                    Download
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </ModalDialog>
  );
}
