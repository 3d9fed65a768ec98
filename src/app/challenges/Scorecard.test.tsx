// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Scorecard as Card, checkChallenge, getChallenge, startOf } from '../../challenges';
import { REFERENCE_SOLUTIONS } from '../../challenges/campaign/referenceSolutions';
import { parseDocument } from '../../model/parseDocument';
import { Scorecard } from './Scorecard';

afterEach(cleanup);

const challenge = getChallenge('survive-redeploy');
if (!challenge) throw new Error('the campaign lost its first level');
const start = startOf(challenge);
const missed = checkChallenge(challenge, start, { start });
const reference = parseDocument(REFERENCE_SOLUTIONS['survive-redeploy']);
if (!reference.ok) throw new Error('the reference solution does not parse');
const passed = checkChallenge(challenge, reference.doc, { start });

describe('the scorecard', () => {
  it('shows each goal met or missed with its measured value, and no stars for a missed check', () => {
    render(<Scorecard card={missed} debrief={challenge.debrief} onShowMoment={() => {}} />);
    const card = screen.getByRole('region', { name: 'Scorecard' });
    expect(within(card).getByRole('heading', { level: 3 }).textContent).toContain('Goals missed');
    expect(within(card).getByRole('img', { name: '0 of 3 stars' })).toBeTruthy();
    const rows = within(card).getAllByRole('listitem');
    expect(rows).toHaveLength(challenge.goals.length);
    missed.goals.forEach((g, i) => {
      expect(rows[i].textContent).toContain(g.label);
      expect(rows[i].textContent).toContain(g.met ? 'met' : 'missed');
      expect(rows[i].textContent).toContain(`measured ${g.measuredText}`);
    });
    expect(screen.queryByText('Debrief')).toBeNull();
  });

  it('puts the moment a missed goal broke one click away', () => {
    const onShowMoment = vi.fn();
    render(<Scorecard card={missed} debrief={challenge.debrief} onShowMoment={onShowMoment} />);
    const broke = missed.goals.find((g) => !g.met && g.atMs !== undefined);
    expect(broke).toBeDefined();
    if (!broke?.atMs) return;
    const seconds = `${Math.round(broke.atMs / 100) / 10} s`;
    fireEvent.click(screen.getAllByRole('button', { name: new RegExp(`show at ${seconds}`) })[0]);
    expect(onShowMoment).toHaveBeenCalledWith(
      expect.objectContaining({ atMs: broke.atMs, seed: broke.seed }),
    );
  });

  it('shows the stars, the cost against the budget and the debrief when the goals are met', () => {
    render(<Scorecard card={passed} debrief={challenge.debrief} onShowMoment={() => {}} />);
    expect(passed.stars).toBeGreaterThan(0);
    expect(screen.getByRole('img', { name: `${passed.stars} of 3 stars` })).toBeTruthy();
    expect(screen.getByText('Debrief')).toBeTruthy();
    expect(screen.getByText(challenge.debrief)).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Scorecard' }).textContent).toContain('budget $300 per month');
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('shows a refused solution’s reasons instead of goals', () => {
    const refused: Card = {
      ...missed,
      verdict: 'refused',
      refusals: ['the fault timeline was changed'],
      goals: [],
    };
    render(<Scorecard card={refused} debrief="" onShowMoment={() => {}} />);
    expect(screen.getByRole('alert').textContent).toContain('the fault timeline was changed');
  });
});
