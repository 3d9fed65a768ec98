import { useId } from 'react';
import type { FaultlineDocument } from '../../model';
import { BUILT_IN_SCENARIOS } from '../../scenarios';
import { scenarioDocument } from '../gallery/GalleryDialog';
import { ModalDialog } from '../share/ModalDialog';
import '../gallery/gallery.css';
import './compare.css';
import { builtInPair, EXAMPLE_PAIR } from './compareRoute';
import { OtherDiagramChoice } from './OtherDiagramChoice';
import { VariantChoice } from './VariantChoice';

export interface CompareWithDialogProps {
  current: FaultlineDocument;
  onCompare: (left: FaultlineDocument, right: FaultlineDocument) => void;
  onClose: () => void;
}

/**
 * "Compare with…": the current diagram (always the left side) against its own async
 * variant, another diagram from a file or a link, or a built-in scenario; or the example
 * pair in one click.
 */
export function CompareWithDialog({ current, onCompare, onClose }: CompareWithDialogProps) {
  const ids = { variant: useId(), other: useId(), builtIn: useId() };
  const example = () => {
    const pair = builtInPair(EXAMPLE_PAIR);
    if (pair.ok) onCompare(pair.left, pair.right);
  };
  const withCurrent = (right: FaultlineDocument) => onCompare(current, right);
  return (
    <ModalDialog title="Compare with…" onClose={onClose} className="fl-dialog--wide">
      <p className="fl-muted">
        Runs “{current.title}” on the left and the diagram you choose on the right, with the same seed and the
        same faults, each aimed at the part with the same name on the right (a fault whose part has no
        namesake there is left out on the right, and listed).
      </p>
      <section className="fl-compare-with__section" aria-labelledby={ids.variant}>
        <h3 id={ids.variant}>Your diagram, made async</h3>
        <VariantChoice current={current} onVariant={withCurrent} />
      </section>
      <section className="fl-compare-with__section" aria-labelledby={ids.other}>
        <h3 id={ids.other}>Another diagram</h3>
        <OtherDiagramChoice onDiagram={withCurrent} />
      </section>
      <section className="fl-compare-with__section" aria-labelledby={ids.builtIn}>
        <h3 id={ids.builtIn}>A built-in scenario</h3>
        <div className="fl-row">
          <button type="button" className="fl-button" onClick={example}>
            Compare RPC vs queue
          </button>
          <span className="fl-muted">the two built-in lessons, side by side (not your diagram)</span>
        </div>
        <ul className="fl-gallery__list fl-compare-with__list" aria-label="Compare with a built-in scenario">
          {BUILT_IN_SCENARIOS.map((s) => (
            <li key={s.id} className="fl-gallery__item">
              <h4>{s.title}</h4>
              <p className="fl-gallery__watch">{s.whatToWatch}</p>
              <button
                type="button"
                className="fl-button"
                aria-label={`Compare with ${s.title}`}
                onClick={() => {
                  const doc = scenarioDocument(s);
                  if (doc) withCurrent(doc);
                }}
              >
                Compare
              </button>
            </li>
          ))}
        </ul>
      </section>
    </ModalDialog>
  );
}
