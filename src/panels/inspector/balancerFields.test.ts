import { describe, expect, it } from 'vitest';
import { createNode } from '../../model/defaults';
import { NODE_FIELDS } from './fieldSpecs';

describe("a load balancer's inspector fields", () => {
  const fields = NODE_FIELDS.balancer;
  const shown = (item: Record<string, unknown>) =>
    fields.filter((f) => f.appliesTo?.(item) ?? true).map((f) => f.path.join('.'));

  it('come from its declarations, in order, with their units and ranges', () => {
    expect(fields.map((f) => f.path.join('.'))).toEqual([
      'strategy',
      'healthCheck.enabled',
      'healthCheck.intervalS',
      'healthCheck.timeoutMs',
      'healthCheck.unhealthyThreshold',
      'healthCheck.healthyThreshold',
      'outlierEjection.enabled',
      'outlierEjection.consecutiveFailures',
      'outlierEjection.ejectionS',
      'outlierEjection.maxEjectionPercent',
    ]);
    expect(fields[0]).toMatchObject({
      control: 'choice',
      label: 'Balancing strategy',
      options: ['roundRobin', 'random', 'leastOutstanding', 'powerOfTwo'],
    });
    expect(fields.find((f) => f.path.join('.') === 'outlierEjection.maxEjectionPercent')).toMatchObject({
      control: 'number',
      unit: '%',
      min: 0,
      max: 100,
    });
  });

  it('show the settings of health checks and ejection only once they are turned on', () => {
    const lb = createNode('balancer', 'lb', 'lb', { x: 0, y: 0 }) as unknown as Record<string, unknown>;
    expect(shown(lb)).toEqual(['strategy', 'healthCheck.enabled', 'outlierEjection.enabled']);
    const both = {
      ...lb,
      healthCheck: { ...(lb.healthCheck as object), enabled: true },
      outlierEjection: { ...(lb.outlierEjection as object), enabled: true },
    };
    expect(shown(both)).toHaveLength(fields.length);
  });
});
