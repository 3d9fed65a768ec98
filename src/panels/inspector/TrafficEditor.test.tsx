// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ClientNode } from '../../model';
import { exampleDocument, useDocumentStore } from '../../store/documentStore';
import { loadEditing } from '../../store/editing';
import { useSelectionStore } from '../../store/selectionStore';
import { Inspector } from './Inspector';
import { renderInspector } from './inspectorTesting';

beforeAll(async () => {
  await loadEditing();
});

const client = () => useDocumentStore.getState().doc.nodes.find((n) => n.id === 'client') as ClientNode;

beforeEach(() => {
  useDocumentStore.getState().replaceDocument(exampleDocument());
  useSelectionStore.getState().select(['client'], []);
});
afterEach(cleanup);

describe('a client’s traffic over time in the inspector', () => {
  it('a preset fills a schedule the learner can then edit point by point', async () => {
    await renderInspector(<Inspector />);
    fireEvent.click(screen.getByLabelText('Schedule'));
    expect(client().rateSchedule?.interpolation).toBe('step');
    // The constant rate no longer applies: its field is gone.
    expect(screen.queryByLabelText('Arrival rate')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Ramp' }));
    expect(client().rateSchedule).toEqual({
      interpolation: 'linear',
      points: [
        { atS: 0, rate: 50 },
        { atS: 6, rate: 50 },
        { atS: 54, rate: 150 },
      ],
    });
    fireEvent.change(screen.getByLabelText('Point 3 rate'), { target: { value: '200' } });
    expect(client().rateSchedule?.points[2].rate).toBe(200);
    fireEvent.click(screen.getByRole('button', { name: 'Add point' }));
    expect(client().rateSchedule?.points).toHaveLength(4);
    fireEvent.click(screen.getByRole('button', { name: 'Remove point 4' }));
    expect(client().rateSchedule?.points).toHaveLength(3);
    fireEvent.change(screen.getByLabelText('Between points'), { target: { value: 'step' } });
    expect(client().rateSchedule?.interpolation).toBe('step');
  });

  it('presets go between a low and a high rate: a daily sine is lowest at the start and peaks half way', async () => {
    await renderInspector(<Inspector />);
    fireEvent.click(screen.getByLabelText('Schedule'));
    fireEvent.change(screen.getByLabelText('Low'), { target: { value: '20' } });
    fireEvent.change(screen.getByLabelText('High'), { target: { value: '180' } });
    fireEvent.click(screen.getByRole('button', { name: 'Daily sine' }));
    const points = client().rateSchedule?.points ?? [];
    expect(client().rateSchedule?.interpolation).toBe('linear');
    expect(points[0]).toEqual({ atS: 0, rate: 20 });
    expect(points[12]).toEqual({ atS: 30, rate: 180 });
    expect(points.at(-1)).toEqual({ atS: 60, rate: 20 });
    fireEvent.change(screen.getByLabelText('High'), { target: { value: '-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spike' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'Preset rates must be numbers from 0 to 1000000 req/s.',
    );
    expect(client().rateSchedule?.points).toEqual(points);
  });

  it('a point out of order is refused with its message; the document keeps its points', async () => {
    await renderInspector(<Inspector />);
    fireEvent.click(screen.getByLabelText('Schedule'));
    const before = client().rateSchedule;
    fireEvent.change(screen.getByLabelText('Point 2 time'), { target: { value: '0' } });
    expect(client().rateSchedule).toEqual(before);
    expect(screen.getByRole('alert').textContent).toContain('times must increase');
    expect((screen.getByLabelText('Point 2 time') as HTMLInputElement).value).toBe('0');
  });

  it('a pasted trace is checked before use, naming the wrong line', async () => {
    await renderInspector(<Inspector />);
    fireEvent.click(screen.getByLabelText('Per-second trace'));
    const box = screen.getByLabelText('Per-second rates (req/s)');
    fireEvent.change(box, { target: { value: '10\n20\nlots\n' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use trace' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'Trace: line 3: "lots" is not a rate from 0 to 1000000 req/s.',
    );
    expect(client().rateTrace).toBeUndefined();
    fireEvent.change(box, { target: { value: '10\n20\n30\n' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use trace' }));
    expect(client().rateTrace).toBe('10\n20\n30\n');
    expect(screen.getByTestId('trace-summary').textContent).toContain('Using 3 seconds of rates');
    fireEvent.click(screen.getByLabelText('Constant rate'));
    expect(client().rateTrace).toBeUndefined();
  });

  it('says when a trace makes the diagram too large for a share link', async () => {
    await renderInspector(<Inspector />);
    fireEvent.click(screen.getByLabelText('Per-second trace'));
    // A day of varied rates compresses poorly: far past what a link holds.
    let x = 1;
    const day = Array.from({ length: 86_400 }, () => {
      x = (x * 48_271) % 2_147_483_647;
      return x % 1000;
    }).join('\n');
    fireEvent.change(screen.getByLabelText('Per-second rates (req/s)'), { target: { value: day } });
    fireEvent.click(screen.getByRole('button', { name: 'Use trace' }));
    expect(client().rateTrace).toBe(day);
    expect(screen.getByRole('alert').textContent).toContain('Too large to share as a link');
  });

  it('a closed loop shows users and think time instead of rates, and users over time', async () => {
    await renderInspector(<Inspector />);
    fireEvent.change(screen.getByLabelText('Client model'), { target: { value: 'closed' } });
    expect(client().loop).toBe('closed');
    expect(screen.queryByLabelText('Arrival rate')).toBeNull();
    expect(screen.queryByLabelText('Arrival process')).toBeNull();
    fireEvent.change(screen.getByLabelText('Users'), { target: { value: '20' } });
    expect(client().users).toBe(20);
    fireEvent.change(screen.getByLabelText('Mean think time'), { target: { value: '500' } });
    expect(client().thinkTime.meanMs).toBe(500);
    fireEvent.click(screen.getByLabelText('Change the number of users during the run'));
    expect(client().usersSchedule).toEqual([{ atS: 0, users: 20 }]);
    fireEvent.click(screen.getByRole('button', { name: 'Add point' }));
    fireEvent.change(screen.getByLabelText('Point 2 users'), { target: { value: '5' } });
    expect(client().usersSchedule).toEqual([
      { atS: 0, users: 20 },
      { atS: 10, users: 5 },
    ]);
  });
});
