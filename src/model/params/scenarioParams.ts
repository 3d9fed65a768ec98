/** The run settings of a scenario, declared once (see types.ts). */
import { LIMITS } from '../limits';
import type { ParamList } from './types';

export const SCENARIO_PARAMS = {
  durationS: {
    type: 'number',
    label: 'Run duration',
    group: 'Timing',
    unit: 's',
    min: 1,
    max: LIMITS.runSeconds,
    default: 60,
    help: 'Simulated time, not wall-clock time.',
  },
  seed: {
    type: 'number',
    label: 'Random seed',
    group: 'Timing',
    min: 0,
    max: LIMITS.seed,
    whole: true,
    default: 1,
    help: 'The same diagram and seed always give the same run.',
  },
} as const satisfies ParamList;
