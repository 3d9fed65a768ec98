/**
 * The price list (docs/challenges.md, "Cost"): what a design costs per month, computed from the
 * document alone. Simple on purpose: it teaches that capacity costs money, not cloud billing.
 */
import type { DiagramNode, FaultlineDocument } from '../model';

/** Hours in a month (365 × 24 ÷ 12). */
export const HOURS_PER_MONTH = 730;

/** Prices in dollars: per hour for what runs, per month for managed pieces. */
export const PRICES = {
  /** One service instance (the machine), per hour. */
  instancePerHour: 0.05,
  /** One worker slot of a service instance, per hour. */
  workerPerHour: 0.01,
  /** One database (its server), per hour. */
  databasePerHour: 0.1,
  /** One connection-pool slot of a database, per hour. */
  poolSlotPerHour: 0.02,
  /** One queue, per month. */
  queuePerMonth: 20,
  /** One cache, per month. */
  cachePerMonth: 30,
  /** One load balancer, per month. */
  balancerPerMonth: 18,
} as const;

/** One line of the bill: a node and what it costs per month. */
export interface CostLine {
  node: string;
  kind: DiagramNode['kind'];
  /** "2 instances × (1 + 8 workers)". */
  what: string;
  perMonth: number;
}

/** What a design costs per month, and why. */
export interface CostBreakdown {
  /** Dollars per month, rounded to the cent. */
  total: number;
  /** One per node that costs something, in the document's order. */
  lines: CostLine[];
}

const cents = (x: number) => Math.round(x * 100) / 100;
const monthly = (perHour: number) => perHour * HOURS_PER_MONTH;

/**
 * The monthly price of one node, or null for a free one (clients). An autoscaled service is
 * priced at its maximum instances: the capacity it may use must be paid for.
 */
export function nodeCost(node: DiagramNode): CostLine | null {
  switch (node.kind) {
    case 'service': {
      const n = node.autoscale.enabled ? node.autoscale.maxInstances : node.instances;
      const per = monthly(PRICES.instancePerHour + node.workers * PRICES.workerPerHour);
      const what = `${n} instance${n === 1 ? '' : 's'} × ${node.workers} workers${node.autoscale.enabled ? ' (autoscaled: priced at its maximum)' : ''}`;
      return { node: node.id, kind: node.kind, what, perMonth: cents(n * per) };
    }
    case 'database':
      return {
        node: node.id,
        kind: node.kind,
        what: `1 database × ${node.pool} connections`,
        perMonth: cents(monthly(PRICES.databasePerHour + node.pool * PRICES.poolSlotPerHour)),
      };
    case 'queue':
      return { node: node.id, kind: node.kind, what: '1 queue', perMonth: PRICES.queuePerMonth };
    case 'cache':
      return { node: node.id, kind: node.kind, what: '1 cache', perMonth: PRICES.cachePerMonth };
    case 'balancer':
      return { node: node.id, kind: node.kind, what: '1 load balancer', perMonth: PRICES.balancerPerMonth };
    default:
      return null;
  }
}

/** The design's monthly cost: total and one line per node that costs something. */
export function costOf(doc: FaultlineDocument): CostBreakdown {
  const lines: CostLine[] = [];
  for (const node of doc.nodes) {
    const line = nodeCost(node);
    if (line) lines.push(line);
  }
  return { total: cents(lines.reduce((sum, l) => sum + l.perMonth, 0)), lines };
}

/** "$412 per month" (whole dollars; cents are noise at this scale). */
export function formatCost(perMonth: number): string {
  return `$${Math.round(perMonth).toLocaleString('en-US')} per month`;
}
