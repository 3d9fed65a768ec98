import { useMemo, useState } from 'react';
import type { FaultlineDocument } from '../../model';
import { useDocumentStore } from '../../store/documentStore';
import {
  decodeSweepLink,
  formatOutcomeValue,
  formatSeedList,
  outcomeInfo,
  planSweep,
  type SweepDefinition,
  type SweepPlan,
  type SweepTable,
  sweepableParams,
  sweepTable,
  tippingPoint,
} from '../../sweeps';
import { BandChart } from './BandChart';
import { BatchProgress } from './BatchProgress';
import { openVariant } from './openVariant';
import { SweepShare } from './SweepShare';
import { type AxisDraft, defaultAxis, definitionOf, panelMessage } from './sweepDraft';
import { dismissSweepLink, waitingSweepLink } from './sweepLinkPending';
import {
  plottableOutcomes,
  pointWords,
  sweepColumns,
  sweepJobs,
  sweepResults,
  tippingText,
} from './sweepRun';
import { useRunBatch } from './useRunBatch';

/** Runs one sweep may ask of the browser (points × seeds); the command line has no such cap. */
export const MAX_BROWSER_RUNS = 20_000;

interface SweepResult {
  plan: SweepPlan;
  definition: SweepDefinition;
  table: SweepTable;
  labels: Map<string, string>;
}

/** The sweep a link brought, if it fits the diagram on screen; or why it does not. */
function fromLink(): { definition: SweepDefinition | null; message: string | null } {
  const link = waitingSweepLink();
  if (!link) return { definition: null, message: null };
  const decoded = decodeSweepLink(link);
  if (!decoded.ok) return { definition: null, message: panelMessage(decoded.message) };
  return { definition: decoded.sweep, message: 'The sweep from the link is ready: press Run sweep.' };
}

function AxisFields(props: {
  legend: string;
  axis: AxisDraft;
  doc: FaultlineDocument;
  onChange: (axis: AxisDraft) => void;
}) {
  const params = useMemo(() => sweepableParams(props.doc), [props.doc]);
  const { axis } = props;
  const number = (key: 'from' | 'to' | 'count', label: string) => (
    <label>
      {label}{' '}
      <input
        type="number"
        value={Number.isFinite(axis[key]) ? axis[key] : ''}
        onChange={(e) => props.onChange({ ...axis, [key]: e.target.valueAsNumber })}
      />
    </label>
  );
  return (
    <fieldset className="sweep-axis">
      <legend>{props.legend}</legend>
      <label>
        Parameter{' '}
        <select
          value={axis.path}
          onChange={(e) => {
            const found = params.find((p) => p.path === e.target.value);
            if (found) props.onChange(defaultAxis(props.doc, found));
          }}
        >
          {params.some((p) => p.path === axis.path) ? null : <option value={axis.path}>{axis.path}</option>}
          {params.map((p) => (
            <option key={p.path} value={p.path}>
              {p.label}
              {p.param.unit ? ` (${p.param.unit})` : ''}
            </option>
          ))}
        </select>
      </label>
      {number('from', 'From')}
      {number('to', 'To')}
      {number('count', 'Values')}
    </fieldset>
  );
}

/**
 * Sweeps: vary one parameter of the diagram (or two, a grid) over a range, run every value
 * over the chosen seeds in the run pool, and plot an outcome against it with its spread and
 * the tipping point. A point of the chart or the table opens as a run; the sweep exports as
 * CSV and shares as a link.
 */
export function SweepSection() {
  const doc = useDocumentStore((s) => s.doc);
  const [linked] = useState(fromLink);
  const params = useMemo(() => sweepableParams(doc), [doc]);
  const initialAxes = (): AxisDraft[] => {
    if (linked.definition?.axes.length)
      return linked.definition.axes.map(({ path, from, to, count }) => ({ path, from, to, count }));
    return params.length ? [defaultAxis(doc, params[0])] : [];
  };
  const [axes, setAxes] = useState<AxisDraft[]>(initialAxes);
  const [seedsText, setSeedsText] = useState(() =>
    linked.definition
      ? formatSeedList(linked.definition.seeds)
      : `${doc.scenario.seed}..${Math.min(0xffff_ffff, doc.scenario.seed + 4)}`,
  );
  const [message, setMessage] = useState<string | null>(linked.message);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<SweepResult | null>(null);
  const [outcomeId, setOutcomeId] = useState<string | null>(null);
  const [second, setSecond] = useState<number | undefined>(undefined);
  const { batch, start, cancel } = useRunBatch();

  const run = async () => {
    setError(null);
    setMessage(null);
    dismissSweepLink();
    const current = useDocumentStore.getState().doc;
    const drafted = definitionOf(axes, seedsText);
    if (!drafted.ok) return setError(drafted.error);
    const planned = planSweep(current, drafted.definition);
    if (!planned.ok) return setError(`The sweep cannot run: ${panelMessage(planned.error)}.`);
    const plan = planned.plan;
    const runs = plan.points.length * plan.seeds.length;
    if (runs > MAX_BROWSER_RUNS)
      return setError(
        `This sweep is ${runs.toLocaleString('en')} runs; the browser runs at most ${MAX_BROWSER_RUNS.toLocaleString('en')} at once. Use fewer values or seeds, or run it from the command line (npm run simulate -- --sweep).`,
      );
    setResult(null);
    const jobs = sweepJobs(plan);
    const end = await start(jobs.jobs);
    const table = sweepTable(plan.axes, plan.points, plan.seeds, sweepResults(jobs, end.results));
    setResult({
      plan,
      definition: drafted.definition,
      table,
      labels: new Map(current.nodes.map((n) => [n.id, n.label || n.id])),
    });
  };

  if (params.length === 0)
    return (
      <section className="seeds-section" aria-labelledby="sweep-title">
        <h3 id="sweep-title">Sweep</h3>
        <p>This diagram has no numeric parameter to sweep yet.</p>
      </section>
    );

  return (
    <section className="seeds-section" aria-labelledby="sweep-title">
      <h3 id="sweep-title">Sweep</h3>
      {axes.map((axis, i) => (
        <AxisFields
          key={i}
          legend={i === 0 ? 'Vary' : 'And vary (a grid)'}
          axis={axis}
          doc={doc}
          onChange={(a) => setAxes(axes.map((old, j) => (j === i ? a : old)))}
        />
      ))}
      <div className="seeds-row">
        {axes.length === 1 ? (
          <button
            type="button"
            // The next parameter after the first one's (the same one twice is no grid).
            onClick={() => {
              const other = params.find((p) => p.path !== axes[0]?.path) ?? params[0];
              setAxes([...axes, defaultAxis(doc, other)]);
            }}
          >
            Add a second parameter
          </button>
        ) : (
          <button type="button" onClick={() => setAxes(axes.slice(0, 1))}>
            Remove the second parameter
          </button>
        )}
        <label>
          Seeds of each value{' '}
          <input value={seedsText} onChange={(e) => setSeedsText(e.target.value)} size={12} />
        </label>
        <button type="button" onClick={run} disabled={batch.status === 'running'}>
          Run sweep
        </button>
      </div>
      {message ? <p role="status">{message}</p> : null}
      {error ? (
        <p className="seeds-error" role="alert">
          {error}
        </p>
      ) : null}
      <BatchProgress batch={batch} onCancel={cancel} noun="sweep runs" />
      {result ? (
        <SweepResultView
          result={result}
          outcomeId={outcomeId}
          onOutcome={setOutcomeId}
          second={second}
          onSecond={setSecond}
        />
      ) : null}
    </section>
  );
}

function SweepResultView(props: {
  result: SweepResult;
  outcomeId: string | null;
  onOutcome: (id: string) => void;
  second: number | undefined;
  onSecond: (v: number) => void;
}) {
  const { plan, table, labels, definition } = props.result;
  const nameOf = (id: string) => labels.get(id) ?? id;
  const choices = plottableOutcomes(table);
  const chosen = props.outcomeId && choices.includes(props.outcomeId) ? props.outcomeId : choices[0];
  const info = chosen ? outcomeInfo(chosen, nameOf) : null;
  const grid = table.axes.length > 1;
  const secondValues = grid ? plan.axes[1].values : [];
  const second = grid
    ? props.second !== undefined && secondValues.includes(props.second)
      ? props.second
      : secondValues[0]
    : undefined;
  const tip = info && !grid ? tippingPoint(table, info.id) : null;
  // Built once per outcome and slice: a new band object rebuilds the chart.
  const band = useMemo(() => (info ? sweepColumns(table, info, second) : null), [table, info?.id, second]);
  const axis = table.axes[0];
  const open = (row: number) => openVariant(plan, row, pointWords(table, table.rows[row].values));
  const rowIndex = (x: number) =>
    table.rows.findIndex((r) => r.values[0] === x && (!grid || r.values[1] === second));
  const cell = (row: number) => {
    const s = info ? table.rows[row].outcomes[info.id] : null;
    return s && info
      ? `${formatOutcomeValue(s.median, info.unit)} (${formatOutcomeValue(s.p10, info.unit)}–${formatOutcomeValue(s.p90, info.unit)})`
      : '–';
  };
  return (
    <div className="sweep-result">
      <div className="seeds-row">
        <label>
          Outcome{' '}
          <select value={chosen} onChange={(e) => props.onOutcome(e.target.value)}>
            {choices.map((id) => (
              <option key={id} value={id}>
                {outcomeInfo(id, nameOf)?.label ?? id}
              </option>
            ))}
          </select>
        </label>
        {grid ? (
          <label>
            Where {table.axes[1].label} is{' '}
            <select value={second} onChange={(e) => props.onSecond(Number(e.target.value))}>
              {secondValues.map((v) => (
                <option key={v} value={v}>
                  {v}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      {table.failures.length > 0 ? (
        <p className="seeds-error" role="alert">
          {table.failures.length} runs failed; the first: {table.failures[0].error}
        </p>
      ) : null}
      {tip && info ? (
        <p className="seeds-verdict" data-testid="tipping-point">
          {tippingText(table, tip, info)}
        </p>
      ) : null}
      {info && band ? (
        <BandChart
          title={`${info.label} (${info.unit}) against ${axis.label}`}
          unit={info.unit === 'messages' ? '' : info.unit}
          xLabel={axis.label}
          band={band}
          colour="#7c3aed"
          runs={table.seeds.length}
          mark={tip ? (tip.between[0] + tip.between[1]) / 2 : null}
          markLabel={tip ? `tipping point marked between ${tip.between[0]} and ${tip.between[1]}` : undefined}
          onPick={(i) => {
            const row = rowIndex(band.x[i]);
            if (row >= 0) open(row);
          }}
        />
      ) : null}
      <table className="sweep-table">
        <caption>
          {info ? `Median ${info.label} (p10–p90) over ${table.seeds.length} seeds` : 'Points'}; open a point
          as a run
        </caption>
        <thead>
          <tr>
            <th scope="col">{axis.label}</th>
            {grid ? <th scope="col">{table.axes[1].label}</th> : null}
            <th scope="col">{info ? `${info.label} (${info.unit})` : 'Outcome'}</th>
            <th scope="col">Runs</th>
            <th scope="col">Open</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) =>
            grid && r.values[1] !== second ? null : (
              <tr
                key={r.values.join(',')}
                data-tipping={tip && (tip.row === i || tip.row + 1 === i) ? 'yes' : undefined}
              >
                <th scope="row">{r.values[0]}</th>
                {grid ? <td>{r.values[1]}</td> : null}
                <td>{cell(i)}</td>
                <td>
                  {r.runs}
                  {r.failed ? `, ${r.failed} failed` : ''}
                </td>
                <td>
                  <button type="button" onClick={() => open(i)}>
                    Open {pointWords(table, r.values)}
                  </button>
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      <SweepShare doc={plan.doc} definition={definition} table={table} />
    </div>
  );
}
