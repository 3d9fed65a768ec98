import { useState } from 'react';
import { parseDocument } from '../../model/parseDocument';
import type { FaultlineDocument } from '../../model/schema';
import { BUILT_IN_SCENARIOS, type BuiltInScenario } from '../../scenarios';
import { ModalDialog } from '../share/ModalDialog';
import './gallery.css';

export interface GalleryDialogProps {
  /** The title of the diagram that would be replaced. */
  currentTitle: string;
  /** Whether choosing replaces work worth asking about (false on a first visit with the untouched example). */
  askBeforeReplace: boolean;
  /** Puts the chosen scenario's document into the editor. */
  onOpen: (doc: FaultlineDocument, scenario: BuiltInScenario) => void;
  /** Opens the side-by-side view of the RPC chain and the queue (omit to hide the button). */
  onCompareExample?: () => void;
  /** Opens the Challenges panel (omit to hide the button). */
  onChallenges?: () => void;
  onClose: () => void;
}

/** A built-in scenario parsed into a full document, or null if it is broken (a bug: the list test catches it). */
export function scenarioDocument(s: BuiltInScenario): FaultlineDocument | null {
  const r = parseDocument(s.document);
  return r.ok ? r.doc : null;
}

/**
 * The scenario library: every built-in scenario with its title and "what to watch".
 * Choosing one asks before it replaces the current diagram.
 */
export function GalleryDialog({
  currentTitle,
  askBeforeReplace,
  onOpen,
  onCompareExample,
  onChallenges,
  onClose,
}: GalleryDialogProps) {
  const [chosen, setChosen] = useState<BuiltInScenario | null>(null);

  const open = (s: BuiltInScenario) => {
    const doc = scenarioDocument(s);
    if (doc) onOpen(doc, s);
  };

  return (
    <ModalDialog title="Scenarios" onClose={onClose} className="fl-dialog--wide">
      <p className="fl-muted">
        Each scenario is a small lesson: a diagram, a fault timeline and what to watch while it runs.
      </p>
      {onCompareExample && (
        <div className="fl-row">
          <button type="button" className="fl-button" onClick={onCompareExample}>
            Compare RPC vs queue
          </button>
          <span className="fl-muted">The same redeploy, side by side: a chain of calls against a queue.</span>
        </div>
      )}
      {onChallenges && (
        <div className="fl-row">
          <button type="button" className="fl-button" onClick={onChallenges}>
            Challenges
          </button>
          <span className="fl-muted">
            Design it yourself: fix a diagram until it meets its goals within a budget, and earn stars.
          </span>
        </div>
      )}
      {chosen ? (
        <fieldset className="fl-gallery__confirm">
          <legend className="fl-visually-hidden">Replace the current diagram?</legend>
          <p>
            Open “{chosen.title}”? It replaces “{currentTitle}” in the editor, and your autosave then holds
            the scenario. Export your diagram first if you want to keep it.
          </p>
          <div className="fl-row">
            <button type="button" className="fl-button fl-button--primary" onClick={() => open(chosen)}>
              Open “{chosen.title}”
            </button>
            <button type="button" className="fl-button" onClick={() => setChosen(null)}>
              Back to the list
            </button>
          </div>
        </fieldset>
      ) : (
        <ul className="fl-gallery__list" aria-label="Built-in scenarios">
          {BUILT_IN_SCENARIOS.map((s, i) => (
            <li key={s.id} className="fl-gallery__item">
              <h3>
                {i + 1}. {s.title}
              </h3>
              <p className="fl-gallery__watch">{s.whatToWatch}</p>
              <button
                type="button"
                className="fl-button"
                aria-label={`Open ${s.title}`}
                onClick={() => (askBeforeReplace ? setChosen(s) : open(s))}
              >
                Open
              </button>
            </li>
          ))}
        </ul>
      )}
    </ModalDialog>
  );
}
