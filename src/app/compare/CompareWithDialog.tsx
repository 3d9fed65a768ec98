import type { FaultlineDocument } from '../../model';
import { BUILT_IN_SCENARIOS } from '../../scenarios';
import { scenarioDocument } from '../gallery/GalleryDialog';
import { ModalDialog } from '../share/ModalDialog';
import '../gallery/gallery.css';
import { builtInPair, EXAMPLE_PAIR } from './compareRoute';

export interface CompareWithDialogProps {
  current: FaultlineDocument;
  onCompare: (left: FaultlineDocument, right: FaultlineDocument) => void;
  onClose: () => void;
}

/** "Compare with…": the current diagram against a built-in scenario, or the example pair in one click. */
export function CompareWithDialog({ current, onCompare, onClose }: CompareWithDialogProps) {
  const example = () => {
    const pair = builtInPair(EXAMPLE_PAIR);
    if (pair.ok) onCompare(pair.left, pair.right);
  };
  return (
    <ModalDialog title="Compare with…" onClose={onClose} className="fl-dialog--wide">
      <p className="fl-muted">
        Runs “{current.title}” and the diagram you choose side by side, with the same seed and the same fault
        timeline (faults on parts the other diagram lacks are left out there).
      </p>
      <div className="fl-row">
        <button type="button" className="fl-button" onClick={example}>
          Compare RPC vs queue
        </button>
      </div>
      <ul className="fl-gallery__list" aria-label="Compare with a built-in scenario">
        {BUILT_IN_SCENARIOS.map((s) => (
          <li key={s.id} className="fl-gallery__item">
            <h3>{s.title}</h3>
            <p className="fl-gallery__watch">{s.whatToWatch}</p>
            <button
              type="button"
              className="fl-button"
              aria-label={`Compare with ${s.title}`}
              onClick={() => {
                const doc = scenarioDocument(s);
                if (doc) onCompare(current, doc);
              }}
            >
              Compare
            </button>
          </li>
        ))}
      </ul>
    </ModalDialog>
  );
}
