import type { StoredDocument } from '../model';
import { dailySinePreset } from '../model/trafficShape';

type Node = StoredDocument['nodes'][number];
type Edge = StoredDocument['edges'][number];

/** The run: one "day" of traffic, compressed into 90 s. */
const DAY_S = 90;

/**
 * The day's traffic, the same for all three fleets: 300 requests a second on average, from
 * 50 at night (the start and the end of the run) to 550 at the peak (half way, 45 s).
 */
const DAY = dailySinePreset(300, 250, DAY_S);

/** One instance: 4 workers of 40 ms on average, so about 100 requests a second. */
const INSTANCE = {
  workers: 4,
  backlogLimit: 20,
  serviceTime: { distribution: 'exponential', meanMs: 40 },
} as const;

/** One fleet at height `y`: its own clients, sending the day's traffic, and its api. */
function fleet(
  prefix: string,
  label: string,
  y: number,
  api: Partial<Extract<Node, { kind: 'service' }>>,
): { nodes: Node[]; edges: Edge[] } {
  return {
    nodes: [
      {
        id: `${prefix}-clients`,
        kind: 'client',
        label: `clients (${label})`,
        position: { x: 0, y },
        rate: 300,
        rateSchedule: DAY,
      },
      {
        id: `${prefix}-api`,
        kind: 'service',
        label: `api (${label})`,
        position: { x: 320, y },
        ...INSTANCE,
        ...api,
      },
    ],
    edges: [
      {
        id: `${prefix}-calls`,
        kind: 'rpc',
        source: `${prefix}-clients`,
        target: `${prefix}-api`,
        timeoutMs: 1000,
      },
    ],
  };
}

/** Sized for the mean: 4 instances, 75 % busy on an average second, short at the peak. */
const mean = fleet('mean', 'sized for the mean', 0, { instances: 4 });

/** Autoscaled on utilisation: it follows the curve, from 1 instance at night. */
const scaled = fleet('scaled', 'autoscaled', 220, {
  instances: 1,
  autoscale: {
    enabled: true,
    metric: 'utilisation',
    targetUtilisation: 0.7,
    minInstances: 1,
    maxInstances: 10,
    intervalS: 2,
    step: 3,
    scaleOutCooldownS: 2,
    scaleInCooldownS: 6,
    coldStartS: 5,
  },
});

/** Sized for the peak: 7 instances, under 80 % busy at the peak, mostly idle at night. */
const peak = fleet('peak', 'sized for the peak', 440, { instances: 7 });

/**
 * Lesson: a daily peak, met by three fleets of the same api. Sized for the mean, it is cheap
 * but fails at the peak; sized for the peak, nothing fails but it pays for its peak all day;
 * autoscaled, it follows the curve: it fails little and pays for little more than it uses.
 * One document, so the three meet the same day at the same moments and the report's
 * instance-seconds (every service's, once one autoscales) compare their costs.
 */
export const dailyPeak: StoredDocument = {
  version: 3,
  title: 'The daily peak',
  description:
    'A day of traffic squeezed into 90 seconds: 50 requests a second at night, rising to 550 at the midday peak (45 s) and falling back, 300 on average. Three copies of the same api (one instance serves about 100 requests a second) meet the same day. At the top, 4 instances, sized for the average: fine in the morning, overwhelmed at the peak, when requests are turned away. In the middle, an autoscaled api (1 to 10 instances, aiming at 70 % busy, checking every 2 s, 5 s to boot a new instance) that adds instances when they are busy and removes them when they are idle: it follows the curve. At the bottom, 7 instances, sized for the peak: nothing fails, but it pays for 7 instances all day, even at night. Watch the failures at the peak, the instance counts, and at the end the instance-seconds each fleet paid.',
  nodes: [...mean.nodes, ...scaled.nodes, ...peak.nodes],
  edges: [...mean.edges, ...scaled.edges, ...peak.edges],
  scenario: { durationS: DAY_S, seed: 1, faults: [] },
  lesson: [
    {
      caption:
        'Night: 50 requests a second. Three copies of one api: 4 instances (sized for the average), an autoscaled one now at 1, and 7 (sized for the peak).',
      atS: 5,
    },
    {
      caption:
        'Morning: the traffic climbs. The autoscaled api sees its instances getting busy and adds more, up to 3 at a time; each takes 5 s to boot, so a few requests fail while it catches up.',
      atS: 20,
      focus: 'scaled-api',
    },
    {
      caption:
        'The peak: 550 requests a second. The 4 instances sized for the average can serve about 400: their backlogs overflow and requests are turned away.',
      atS: 42,
      focus: 'mean-clients',
    },
    {
      caption:
        'The autoscaled api has grown with the traffic and keeps up. The fleet sized for the peak keeps up too — it always could.',
      atS: 50,
      focus: 'peak-api',
    },
    {
      caption:
        'Evening: the autoscaled api drains and removes instances; the fixed fleets keep theirs. Compare the instance-seconds each paid with the failures each had.',
      atS: 85,
      focus: 'scaled-api',
    },
  ],
};
