import { useId, useState } from 'react';
import type { ClientNode } from '../../model/nodes';
import {
  dailySinePreset,
  INTERPOLATIONS,
  type Interpolation,
  type RateSchedule,
  rampPreset,
  spikePreset,
  stepPreset,
  TRAFFIC_LIMITS,
} from '../../model/trafficShape';
import { type ActionResult, useDocumentStore } from '../../store/documentStore';
import { type Point, PointsEditor } from './PointsEditor';
import { TraceEditor } from './TraceEditor';

type Mode = 'constant' | 'schedule' | 'trace';
const MODE_LABELS: Record<Mode, string> = {
  constant: 'Constant rate',
  schedule: 'Schedule',
  trace: 'Per-second trace',
};

/** Presets fill a schedule from the client's rate and the run's length; the learner edits from there. */
const PRESETS: { name: string; make: (rate: number, durationS: number) => RateSchedule }[] = [
  { name: 'Step', make: (r, d) => stepPreset(r, 2 * r, round(d / 2)) },
  { name: 'Ramp', make: (r, d) => rampPreset(r, 3 * r, round(d / 10), round((9 * d) / 10)) },
  { name: 'Spike', make: (r, d) => spikePreset(r, 5 * r, round(d / 3), Math.max(1, round(d / 10))) },
  { name: 'Daily sine', make: (r, d) => dailySinePreset(r, 0.8 * r, d, d) },
];

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * How a client's traffic changes over time (src/model/trafficShape.ts): for an open loop, a
 * constant rate, a schedule (presets, points, steps or straight lines) or a pasted
 * per-second trace; for a closed loop, its users over time.
 */
export function TrafficEditor({ node }: { node: ClientNode }) {
  const update = (patch: Record<string, unknown>): ActionResult =>
    useDocumentStore.getState().updateNode(node.id, patch);
  if (node.loop === 'closed') return <UsersOverTime key={node.id} node={node} update={update} />;
  return <RateOverTime key={node.id} node={node} update={update} />;
}

type Update = (patch: Record<string, unknown>) => ActionResult;

function RateOverTime({ node, update }: { node: ClientNode; update: Update }) {
  const durationS = useDocumentStore((s) => s.doc.scenario.durationS);
  const saved: Mode = node.rateTrace !== undefined ? 'trace' : node.rateSchedule ? 'schedule' : 'constant';
  // A trace is chosen before one is pasted: the mode shows at once, the document changes on "Use trace".
  const [picked, setPicked] = useState<Mode | null>(null);
  const [error, setError] = useState<string | null>(null);
  const mode = picked ?? saved;
  const name = useId();
  const choose = (m: Mode) => {
    setError(null);
    if (m === 'trace') {
      setPicked('trace');
      return;
    }
    setPicked(null);
    const r =
      m === 'constant'
        ? update({ rateSchedule: undefined, rateTrace: undefined })
        : update({ rateSchedule: PRESETS[0].make(node.rate, durationS), rateTrace: undefined });
    if (!r.ok) setError(r.reason);
  };
  const apply = (patch: Record<string, unknown>) => {
    const r = update(patch);
    setError(r.ok ? null : r.reason);
    return r;
  };
  return (
    <fieldset className="fl-group fl-traffic" aria-label="Rate over time">
      <legend className="fl-group__title">Rate over time</legend>
      <div className="fl-row">
        {(Object.keys(MODE_LABELS) as Mode[]).map((m) => (
          <label key={m} className="fl-traffic__mode">
            <input type="radio" name={name} checked={mode === m} onChange={() => choose(m)} />
            {MODE_LABELS[m]}
          </label>
        ))}
      </div>
      {mode === 'schedule' && node.rateSchedule && (
        <ScheduleEditor
          schedule={node.rateSchedule}
          rate={node.rate}
          durationS={durationS}
          // The points editor shows its own message beside the points.
          apply={(schedule) => update({ rateSchedule: schedule, rateTrace: undefined })}
        />
      )}
      {mode === 'trace' && (
        <TraceEditor
          trace={node.rateTrace}
          apply={(text) => {
            const r = apply({ rateTrace: text, rateSchedule: undefined });
            if (r.ok) setPicked(null);
            return r;
          }}
        />
      )}
      {error && (
        <p className="fl-param__error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

function ScheduleEditor({
  schedule,
  rate,
  durationS,
  apply,
}: {
  schedule: RateSchedule;
  rate: number;
  durationS: number;
  apply: (schedule: RateSchedule) => ActionResult;
}) {
  const id = useId();
  return (
    <>
      <fieldset className="fl-row fl-traffic__presets">
        <legend className="fl-traffic__hidden">Presets</legend>
        {PRESETS.map((p) => (
          <button
            key={p.name}
            type="button"
            className="fl-button"
            onClick={() => apply(p.make(rate, durationS))}
          >
            {p.name}
          </button>
        ))}
      </fieldset>
      <div className="fl-param">
        <label htmlFor={id} className="fl-param__label">
          Between points
        </label>
        <select
          id={id}
          value={schedule.interpolation}
          onChange={(e) => apply({ ...schedule, interpolation: e.currentTarget.value as Interpolation })}
        >
          {INTERPOLATIONS.map((i) => (
            <option key={i} value={i}>
              {i === 'step' ? 'step' : 'linear'}
            </option>
          ))}
        </select>
      </div>
      <PointsEditor
        label="Rate points"
        valueLabel="Rate"
        unit="req/s"
        points={schedule.points.map((p) => ({ atS: p.atS, value: p.rate }))}
        max={TRAFFIC_LIMITS.schedulePoints}
        apply={(points: Point[]) =>
          apply({ ...schedule, points: points.map((p) => ({ atS: p.atS, rate: p.value })) })
        }
      />
    </>
  );
}

function UsersOverTime({ node, update }: { node: ClientNode; update: Update }) {
  const [error, setError] = useState<string | null>(null);
  const points = node.usersSchedule;
  const apply = (patch: Record<string, unknown>) => {
    const r = update(patch);
    setError(r.ok ? null : r.reason);
    return r;
  };
  return (
    <fieldset className="fl-group fl-traffic" aria-label="Users over time">
      <legend className="fl-group__title">Users over time</legend>
      <label className="fl-param__word">
        <input
          type="checkbox"
          checked={points !== undefined}
          onChange={(e) =>
            apply({
              usersSchedule: e.currentTarget.checked ? [{ atS: 0, users: node.users }] : undefined,
            })
          }
        />
        Change the number of users during the run
      </label>
      {points && (
        <PointsEditor
          label="User points"
          valueLabel="Users"
          unit="users"
          whole
          points={points.map((p) => ({ atS: p.atS, value: p.users }))}
          max={TRAFFIC_LIMITS.schedulePoints}
          apply={(ps) => apply({ usersSchedule: ps.map((p) => ({ atS: p.atS, users: p.value })) })}
        />
      )}
      {error && (
        <p className="fl-param__error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
