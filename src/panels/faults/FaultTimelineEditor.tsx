import { useId, useState } from 'react';
import { faultApplies } from '../../model/faultTargets';
import { namesOf } from '../../model/names';
import { FAULT_KINDS, type Fault, type FaultKind } from '../../model/scenario';
import { useDocumentStore } from '../../store/documentStore';
import { addFault, removeFault } from '../../store/edits/faults';
import { LockedArea, useLockedScenario } from '../inspector/Locked';
import { FaultTimeInput } from './FaultTimeInput';

/** One fault's row: move (start) and resize (duration) with labelled inputs, or delete it. */
function FaultRow({ fault, targetLabel }: { fault: Fault; targetLabel: string }) {
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const what = `${fault.kind} on ${targetLabel}`;
  return (
    <li className="fault-row">
      <span className="fault-row-what">
        {fault.kind}
        {'mode' in fault ? ` (${fault.mode})` : ''} on {targetLabel}
      </span>
      <label htmlFor={`${id}-start`}>Start (s)</label>
      <FaultTimeInput
        id={`${id}-start`}
        label={`Start of ${what} (s)`}
        faultId={fault.id}
        field="startS"
        value={fault.startS}
        min={0}
        onProblem={setProblem}
      />
      <label htmlFor={`${id}-duration`}>Duration (s)</label>
      <FaultTimeInput
        id={`${id}-duration`}
        label={`Duration of ${what} (s)`}
        faultId={fault.id}
        field="durationS"
        value={fault.durationS}
        min={0.001}
        onProblem={setProblem}
      />
      <button
        type="button"
        aria-label={`Delete ${what}`}
        onClick={() => {
          const r = removeFault(useDocumentStore.getState().doc, fault.id);
          if (r.ok) useDocumentStore.getState().update(() => r.doc);
        }}
      >
        Delete
      </button>
      {problem ? (
        <span className="field-error" role="status">
          {problem}
        </span>
      ) : null}
    </li>
  );
}

/**
 * The scenario's fault timeline as a list: add a fault (kind, target, start, duration),
 * move and resize each one, delete it. Every change is one undoable document edit.
 */
export function FaultTimelineEditor() {
  const faults = useDocumentStore((s) => s.doc.scenario.faults);
  const nodes = useDocumentStore((s) => s.doc.nodes);
  const edges = useDocumentStore((s) => s.doc.edges);
  const [kind, setKind] = useState<FaultKind>('redeploy');
  const [target, setTarget] = useState('');
  const [startS, setStartS] = useState(10);
  const [durationS, setDurationS] = useState(10);
  const [addProblem, setAddProblem] = useState<string | null>(null);
  const id = useId();
  const label = namesOf({ nodes, edges });
  // Only what this kind of fault acts on (the model's rule, faultTargets.ts).
  const targets = [
    ...nodes.filter((n) => faultApplies(kind, n.kind)),
    ...edges.filter(() => faultApplies(kind, 'edge')),
  ].map((item) => ({ id: item.id, label: label(item.id) }));
  const chosen = targets.some((t) => t.id === target) ? target : (targets[0]?.id ?? '');
  const locked = useLockedScenario();

  return (
    <section className="fault-editor" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Fault timeline</h2>
      {faults.length === 0 ? <p>No faults planned.</p> : null}
      <LockedArea why={locked}>
        <ul>
          {faults.map((f) => (
            <FaultRow key={f.id} fault={f} targetLabel={label(f.target)} />
          ))}
        </ul>
        <form
          className="fault-add"
          onSubmit={(e) => {
            e.preventDefault();
            if (!chosen) return;
            const r = addFault(useDocumentStore.getState().doc, kind, chosen, startS, durationS);
            const done = r.ok ? useDocumentStore.getState().update(() => r.doc) : r;
            setAddProblem(done.ok ? null : done.reason);
          }}
        >
          <label>
            Fault kind{' '}
            <select value={kind} onChange={(e) => setKind(e.target.value as FaultKind)}>
              {FAULT_KINDS.map((k) => (
                <option key={k}>{k}</option>
              ))}
            </select>
          </label>
          <label>
            Fault target{' '}
            <select value={chosen} onChange={(e) => setTarget(e.target.value)}>
              {targets.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Fault start (s){' '}
            <input
              type="number"
              min={0}
              step={0.5}
              value={startS}
              onChange={(e) => setStartS(Number(e.target.value))}
            />
          </label>
          <label>
            Fault duration (s){' '}
            <input
              type="number"
              min={0.5}
              step={0.5}
              value={durationS}
              onChange={(e) => setDurationS(Number(e.target.value))}
            />
          </label>
          <button type="submit" disabled={!chosen}>
            Add fault
          </button>
          {addProblem ? (
            <span className="field-error" role="status">
              {addProblem}
            </span>
          ) : null}
        </form>
      </LockedArea>
    </section>
  );
}
