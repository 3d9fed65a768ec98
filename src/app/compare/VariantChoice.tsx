import { useId, useState } from 'react';
import type { FaultlineDocument } from '../../model';
import { ALL_RPC_EDGES, asyncVariant, rpcEdgeChoices } from './asyncVariant';

export interface VariantChoiceProps {
  current: FaultlineDocument;
  onVariant: (variant: FaultlineDocument) => void;
}

/**
 * "Your diagram, made async": choose one RPC edge ("orders → payments") or all of them, and
 * compare the diagram with itself after "Make it async" — the lesson's refactoring, with
 * everything else (faults, traffic, seed) the same.
 */
export function VariantChoice({ current, onVariant }: VariantChoiceProps) {
  const id = useId();
  const choices = rpcEdgeChoices(current);
  // The last RPC edge first: in a chain drawn left to right, the deepest call.
  const [choice, setChoice] = useState(() => choices.at(-1)?.id ?? ALL_RPC_EDGES);
  const [problem, setProblem] = useState<string | null>(null);

  if (choices.length === 0) return <p className="fl-muted">This diagram has no RPC edge to make async.</p>;

  const compare = () => {
    const r = asyncVariant(current, choice);
    if (r.ok) onVariant(r.doc);
    else setProblem(r.reason);
  };

  return (
    <div className="fl-row">
      <label htmlFor={id}>Make async</label>
      <select
        id={id}
        value={choice}
        onChange={(e) => {
          setChoice(e.currentTarget.value);
          setProblem(null);
        }}
      >
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
        <option value={ALL_RPC_EDGES}>all RPC edges</option>
      </select>
      <button type="button" className="fl-button fl-button--primary" onClick={compare}>
        Compare with the async variant
      </button>
      {problem && (
        <p role="alert" className="fl-compare-with__problem">
          {problem}
        </p>
      )}
    </div>
  );
}
