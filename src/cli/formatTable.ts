import type { FailureCause, LatencySummary, Report } from '../sim/report';
import { balancerLines } from './balancerTable';
import { terminalLine } from './terminalText';

/**
 * Right-aligned columns with a header row and a rule under it (the first column
 * left-aligned); cells are made safe for a terminal (terminalText.ts).
 */
export function table(header: string[], unsafeRows: string[][]): string {
  const rows = unsafeRows.map((r) => r.map(terminalLine));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function ms(value: number): string {
  if (value === 0) return '0';
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

function latency(l: LatencySummary): string[] {
  return [ms(l.mean), ms(l.p50), ms(l.p95), ms(l.p99)];
}

function causes(by: Partial<Record<FailureCause, number>>): string {
  const parts = Object.entries(by)
    .filter(([, n]) => (n ?? 0) > 0)
    .map(([cause, n]) => `${cause} ${n}`);
  return parts.length > 0 ? parts.join(', ') : '-';
}

function percent(part: number, whole: number): string {
  return whole > 0 ? `${((100 * part) / whole).toFixed(1)}%` : '-';
}

/**
 * The report as a readable summary: one table each for clients, services and databases,
 * queues, caches, edges and load balancers (when there are any), then root causes and the conservation check. Latencies in milliseconds.
 * Text from the document (the title, labels in root causes) is printed terminal-safe:
 * control characters show as escapes such as `\x1b`, never act on the terminal.
 */
export function formatTable(report: Report, title = ''): string {
  const out: string[] = [];
  out.push(
    `${title ? `${terminalLine(title)}: ` : ''}${report.duration} s simulated, seed ${report.seed}, ${report.events} events, ${report.status}`,
  );
  out.push(`event log hash ${report.eventLogHash}`);

  const clients = Object.entries(report.clients);
  if (clients.length > 0) {
    out.push('', 'Clients (latency and completion in ms)');
    out.push(
      table(
        [
          'client',
          'sent',
          'ok',
          'failed',
          'fail%',
          'accepted',
          'completed',
          'polls',
          'mean',
          'p50',
          'p95',
          'p99',
          'compl p99',
          'failed by',
        ],
        clients.map(([id, c]) => [
          id,
          String(c.sent),
          String(c.ok),
          String(c.failed),
          percent(c.failed, c.sent),
          String(c.accepted),
          String(c.completed),
          String(c.polls),
          ...latency(c.latencyMs),
          ms(c.completionMs.p99),
          causes(c.failedBy),
        ]),
      ),
    );
  }

  // Only when a client is a closed loop: a table of its users (src/sim/users.ts).
  const closed = clients.filter(([, c]) => c.closedLoop !== undefined);
  if (closed.length > 0) {
    out.push('', 'Closed-loop clients');
    out.push(
      table(
        ['client', 'users', 'think ms', 'answered/s'],
        closed.map(([id, c]) => [
          id,
          String(c.closedLoop?.users),
          ms(c.closedLoop?.thinkTimeMs ?? 0),
          (c.closedLoop?.throughputPerS ?? 0).toFixed(2),
        ]),
      ),
    );
  }

  // Queues are nodes too; they get their own table below.
  const nodes = Object.entries(report.nodes).filter(([id]) => !Object.hasOwn(report.queues, id));
  if (nodes.length > 0) {
    out.push('', 'Services and databases (latency in ms)');
    out.push(
      table(
        [
          'node',
          'received',
          'ok',
          'failed',
          'rejected',
          'util',
          'max backlog',
          'mean',
          'p50',
          'p95',
          'p99',
          'role',
          'failed by',
        ],
        nodes.map(([id, n]) => [
          id,
          String(n.received),
          String(n.ok),
          String(n.failed),
          String(n.rejected),
          `${(100 * n.utilization).toFixed(1)}%`,
          String(n.maxBacklog),
          ...latency(n.latencyMs),
          n.role,
          causes(n.failedBy),
        ]),
      ),
    );
  }

  const queues = Object.entries(report.queues);
  if (queues.length > 0) {
    out.push('', 'Queues');
    out.push(
      table(
        [
          'queue',
          'published',
          'rejected',
          'delivered',
          'acked',
          'redelivered',
          'dead',
          'expired',
          'max depth',
          'final',
          'max age ms',
        ],
        queues.map(([id, q]) => [
          id,
          String(q.published),
          String(q.rejected),
          String(q.delivered),
          String(q.acked),
          String(q.redelivered),
          String(q.deadLettered),
          String(q.expired),
          String(q.maxDepth),
          String(q.finalDepth),
          ms(q.maxAgeMs),
        ]),
      ),
    );
  }

  const caches = Object.entries(report.caches ?? {});
  if (caches.length > 0) {
    out.push('', 'Caches');
    out.push(
      table(
        ['cache', 'hits', 'misses', 'hit ratio', 'coalesced', 'entries', 'flushes'],
        caches.map(([id, k]) => [
          id,
          String(k.hits),
          String(k.misses),
          percent(k.hits, k.hits + k.misses),
          String(k.coalesced),
          String(k.entries),
          String(k.flushes),
        ]),
      ),
    );
  }

  const edges = Object.entries(report.edges);
  if (edges.length > 0) {
    out.push('', 'Edges (publishes and deliveries are counted in the queue table)');
    // Retries a budget refused: a column only when some edge has a retry budget.
    const budgeted = edges.some(([, e]) => e.retryBudgetRefused !== undefined);
    const refused = (e: (typeof edges)[number][1]) =>
      budgeted ? [e.retryBudgetRefused === undefined ? '-' : String(e.retryBudgetRefused)] : [];
    out.push(
      table(
        [
          'edge',
          'calls',
          'ok',
          'failed',
          'retries',
          ...(budgeted ? ['refused'] : []),
          'breaker',
          'opened',
          'failed by',
        ],
        edges.map(([id, e]) => [
          id,
          String(e.calls),
          String(e.ok),
          String(e.failed),
          String(e.retries),
          ...refused(e),
          e.breaker ?? '-',
          String(e.breakerOpened),
          causes(e.failedBy),
        ]),
      ),
    );
  }

  // Only when some service autoscales: what each service's instances cost, and what the autoscalers did.
  if (report.instanceSeconds !== undefined) {
    const fleet = Object.entries(report.nodes).filter(([, n]) => n.instanceSeconds !== undefined);
    out.push('', `Instances (autoscaling): ${report.instanceSeconds.toFixed(1)} instance-seconds in all`);
    out.push(
      table(
        ['service', 'instance-s', 'peak', 'final', 'scale-outs', 'scale-ins'],
        fleet.map(([id, n]) => [
          id,
          (n.instanceSeconds ?? 0).toFixed(1),
          ...(n.autoscale
            ? [
                n.autoscale.peakInstances,
                n.autoscale.finalInstances,
                n.autoscale.scaleOuts,
                n.autoscale.scaleIns,
              ].map(String)
            : ['-', '-', '-', '-']),
        ]),
      ),
    );
  }
  out.push(...balancerLines(report, table));

  if (report.rootCauses.length > 0) {
    out.push('', 'Root causes of client failures');
    for (const r of report.rootCauses)
      out.push(`  ${terminalLine(r.description)}: ${r.clientFailures} failed requests`);
  }

  const c = report.conservation;
  const counts = (k: keyof typeof c.requests) => `${c.requests[k]}/${c.messages[k]}`;
  out.push(
    '',
    `Conservation (requests/messages): created ${counts('created')} = completed ${counts('completed')} + failed ${counts('failed')} + dead-lettered ${counts('deadLettered')} + in flight ${counts('inFlight')} + waiting ${counts('waiting')}: ${c.holds ? 'holds' : 'DOES NOT HOLD'}`,
  );
  return `${out.join('\n')}\n`;
}
