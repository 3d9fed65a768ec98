import type { BalancerNode, ClientNode, DiagramNode } from '../../model';

const n = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 2 });
const ms = (v: number) => `${n(v)} ms`;
const limit = (v: number | 'unlimited') => (v === 'unlimited' ? '∞' : n(v));

/** A client: its users (closed loop), or its rate, its schedule's range or "rate trace" (open loop). */
function clientSummary(node: ClientNode): string {
  if (node.loop === 'closed') {
    const users = `${n(node.users)} user${node.users === 1 ? '' : 's'}`;
    return `${node.usersSchedule ? `${users} at first` : users} · think ${ms(node.thinkTime.meanMs)}`;
  }
  if (node.rateTrace !== undefined) return `rate trace · ${node.arrival}`;
  if (node.rateSchedule) {
    const rates = node.rateSchedule.points.map((p) => p.rate);
    const low = Math.min(...rates);
    const high = Math.max(...rates);
    return `${low === high ? n(low) : `${n(low)}–${n(high)}`} req/s over time · ${node.arrival}`;
  }
  return `${n(node.rate)} req/s · ${node.arrival}`;
}

/** The couple of parameters a node shows on the canvas, e.g. "8 workers · 20 ms". */
export function nodeSummary(node: DiagramNode): string {
  switch (node.kind) {
    case 'client':
      return clientSummary(node);
    case 'service': {
      const workers = `${node.workers} worker${node.workers === 1 ? '' : 's'}`;
      const a = node.autoscale;
      const scaled = a.enabled
        ? `${a.minInstances}–${Math.max(a.minInstances, a.maxInstances)} × ${workers}, autoscaled`
        : node.instances > 1
          ? `${node.instances} × ${workers}`
          : workers;
      return `${scaled} · ${ms(node.serviceTime.meanMs)}`;
    }
    case 'queue':
      return `capacity ${limit(node.capacity)} · ${node.maxAttempts} tries`;
    case 'database':
      return `pool ${node.pool} · ${ms(node.latency.meanMs)}`;
    case 'cache':
      return `${n(node.capacity)} of ${n(node.keyspace)} keys · s ${n(node.popularity)}`;
    case 'balancer':
      return balancerSummary(node);
  }
}

const STRATEGY_WORDS: Record<BalancerNode['strategy'], string> = {
  roundRobin: 'round robin',
  random: 'random',
  leastOutstanding: 'least outstanding',
  powerOfTwo: 'power of two',
};

/** "least outstanding · checks · ejection": the strategy, then what takes backends out. */
function balancerSummary(node: BalancerNode): string {
  const parts = [STRATEGY_WORDS[node.strategy]];
  if (node.healthCheck.enabled) parts.push('checks');
  if (node.outlierEjection.enabled) parts.push('ejection');
  return parts.join(' · ');
}
