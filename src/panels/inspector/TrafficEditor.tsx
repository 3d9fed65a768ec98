import { useId, useState } from 'react';
import { LIMITS } from '../../model/limits';
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
import { parseNumber } from './fieldValue';
import { type Point, PointsEditor } from './PointsEditor';
import { TraceEditor } from './TraceEditor';

type Mode = 'constant' | 'schedule' | 'trace';
const MODE_LABELS: Record<Mode, string> = {
  constant: 'Constant rate',
  schedule: 'Schedule',
  trace: 'Per-second trace',
};

/**
 * Presets fill a schedule between a low and a high rate over the run's length d; the learner
 * edits the points from there. The daily sine is a day compressed into the run: lowest at the
 * start (night), highest half way (the daily peak).
 */
const PRESETS: { name: string; make: (low: number, high: number, durationS: number) => RateSchedule }[] = [
  { name: 'Step', make: (lo, hi, d) => stepPreset(lo, hi, round(d / 2)) },
  { name: 'Ramp', make: (lo, hi, d) => rampPreset(lo, hi, round(d / 10), round((9 * d) / 10)) },
  { name: 'Spike', make: (lo, hi, d) => spikePreset(lo, hi, round(d / 3), Math.max(1, round(d / 10))) },
  { name: 'Daily sine', make: (lo, hi, d) => dailySinePreset((lo + hi) / 2, (hi - lo) / 2, d, d) },
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
        : update({
            rateSchedule: PRESETS[0].make(node.rate, 2 * node.rate, durationS),
            rateTrace: undefined,
          });
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
  const [low, setLow] = useState(String(rate));
  const [high, setHigh] = useState(String(3 * rate));
  const [problem, setProblem] = useState<string | null>(null);
  const fill = (make: (typeof PRESETS)[number]['make']) => {
    const lo = parseNumber(low);
    const hi = parseNumber(high);
    const bad = (v: number) => !(v >= 0 && v <= LIMITS.rate);
    if (bad(lo) || bad(hi)) {
      setProblem(`Preset rates must be numbers from 0 to ${LIMITS.rate} req/s.`);
      return;
    }
    setProblem(null);
    apply(make(lo, hi, durationS));
  };
  return (
    <>
      <fieldset className="fl-traffic__presets">
        <legend className="fl-param__label">Presets</legend>
        <div className="fl-row">
          <label className="fl-traffic__mode">
            Low
            <input
              type="number"
              min={0}
              step="any"
              value={low}
              onChange={(e) => setLow(e.currentTarget.value)}
            />
          </label>
          <label className="fl-traffic__mode">
            High
            <input
              type="number"
              min={0}
              step="any"
              value={high}
              onChange={(e) => setHigh(e.currentTarget.value)}
            />
          </label>
          <span className="fl-param__unit">req/s</span>
        </div>
        <div className="fl-row">
          {PRESETS.map((p) => (
            <button key={p.name} type="button" className="fl-button" onClick={() => fill(p.make)}>
              {p.name}
            </button>
          ))}
        </div>
        {problem && (
          <p className="fl-param__error" role="alert">
            {problem}
          </p>
        )}
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
