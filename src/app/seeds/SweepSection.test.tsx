// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDocument } from '../../model';
import { getScenario } from '../../scenarios';
import { useDocumentStore } from '../../store/documentStore';
import { encodeSweepLink } from '../../sweeps';
import { SweepSection } from './SweepSection';
import { diagramPartOf, dismissSweepLink } from './sweepLinkPending';

afterEach(cleanup);

function retryStorm() {
  const parsed = parseDocument(getScenario('retry-storm')?.document);
  if (!parsed.ok) throw new Error('retry-storm does not parse');
  return parsed.doc;
}

beforeEach(() => {
  dismissSweepLink();
  useDocumentStore.getState().replaceDocument(retryStorm());
});

describe('the sweep form', () => {
  it('adds a second parameter (a grid) other than the first, and removes it', () => {
    render(<SweepSection />);
    const first = within(screen.getByRole('group', { name: 'Vary' })).getByLabelText(
      'Parameter',
    ) as HTMLSelectElement;
    fireEvent.click(screen.getByRole('button', { name: 'Add a second parameter' }));
    const second = within(screen.getByRole('group', { name: 'And vary (a grid)' })).getByLabelText(
      'Parameter',
    ) as HTMLSelectElement;
    expect(second.value).not.toBe(first.value);
    fireEvent.click(screen.getByRole('button', { name: 'Remove the second parameter' }));
    expect(screen.queryByRole('group', { name: 'And vary (a grid)' })).toBeNull();
  });

  it('says what is wrong with the seeds or the range, and runs nothing', () => {
    render(<SweepSection />);
    fireEvent.change(screen.getByLabelText('Seeds of each value'), { target: { value: '5..1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Run sweep' }));
    expect(screen.getByRole('alert').textContent).toMatch(/^Seeds: /);

    fireEvent.change(screen.getByLabelText('Seeds of each value'), { target: { value: '1..2' } });
    const vary = within(screen.getByRole('group', { name: 'Vary' }));
    fireEvent.change(vary.getByLabelText('Parameter'), { target: { value: 'nodes.api.workers' } });
    fireEvent.change(vary.getByLabelText('From'), { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Run sweep' }));
    expect(screen.getByRole('alert').textContent).toMatch(
      /^The sweep cannot run: api · Workers.* must stay from 1 to/,
    );
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('fills itself in from a sweep link on every mount, until the link is dismissed', () => {
    const link = encodeSweepLink(retryStorm(), {
      seeds: [3, 4, 5],
      axes: [{ path: 'edges.clients-api.timeoutMs', from: 200, to: 2000, count: 4, scale: 'linear' }],
    });
    expect(diagramPartOf(link)).not.toBe(link);
    render(<SweepSection />);
    expect((screen.getByLabelText('Seeds of each value') as HTMLInputElement).value).toBe('3..5');
    const vary = within(screen.getByRole('group', { name: 'Vary' }));
    expect((vary.getByLabelText('Parameter') as HTMLSelectElement).value).toBe('edges.clients-api.timeoutMs');
    expect((vary.getByLabelText('To') as HTMLInputElement).value).toBe('2000');
    expect((vary.getByLabelText('Values') as HTMLInputElement).value).toBe('4');
    expect(screen.getByRole('status').textContent).toBe('The sweep from the link is ready: press Run sweep.');
    // Opening a link may mount the editor twice: the second mount finds the sweep too.
    cleanup();
    render(<SweepSection />);
    expect((screen.getByLabelText('Seeds of each value') as HTMLInputElement).value).toBe('3..5');
    dismissSweepLink();
    cleanup();
    render(<SweepSection />);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('explains a sweep link that does not fit its diagram', () => {
    const doc = retryStorm();
    const link = encodeSweepLink(doc, {
      seeds: [1],
      axes: [{ path: 'nodes.nope.workers', from: 1, to: 2, count: 2, scale: 'linear' }],
    });
    diagramPartOf(link);
    render(<SweepSection />);
    expect(screen.getByRole('status').textContent).toMatch(
      /^The sweep link does not fit its diagram: there is no node "nope"/,
    );
  });
});
