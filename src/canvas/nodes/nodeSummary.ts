import type { BalancerNode, DiagramNode } from '../../model';

const n = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 2 });
const ms = (v: number) => `${n(v)} ms`;
const limit = (v: number | 'unlimited') => (v === 'unlimited' ? '∞' : n(v));

/** The couple of parameters a node shows on the canvas, e.g. "8 workers · 20 ms". */
export function nodeSummary(node: DiagramNode): string {
  switch (node.kind) {
    case 'client':
      return `${n(node.rate)} req/s · ${node.arrival}`;
    case 'service': {
      const workers = `${node.workers} worker${node.workers === 1 ? '' : 's'}`;
      const scaled = node.instances > 1 ? `${node.instances} × ${workers}` : workers;
      return `${scaled} · ${ms(node.serviceTime.meanMs)}`;
    }
    case 'queue':
      return `capacity ${limit(node.capacity)} · ${node.maxAttempts} tries`;
    case 'database':
      return `pool ${node.pool} · ${ms(node.latency.meanMs)}`;
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
