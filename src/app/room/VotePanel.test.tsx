// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RoomQuestion } from '../../room/protocol';
import { TallyBars, VotePanel } from './VotePanel';

afterEach(cleanup);

const question: RoomQuestion = {
  id: 'q1',
  text: 'What happens to orders?',
  choices: ['Nothing', 'It slows down', 'It fails too'],
  open: true,
  revealed: false,
};

/** The panel as the follower page holds it: the vote it sent is remembered. */
function Voting({ q, counts = [0, 0, 0] }: { q: RoomQuestion; counts?: number[] }) {
  const [mine, setMine] = useState<number | null>(null);
  const [sent, setSent] = useState<number[]>([]);
  return (
    <>
      <VotePanel
        question={q}
        counts={counts}
        mine={mine}
        problem={null}
        onVote={(c) => {
          setMine(c);
          setSent((s) => [...s, c]);
        }}
      />
      <span data-testid="sent">{sent.join(',')}</span>
    </>
  );
}

describe('VotePanel', () => {
  it('takes one vote, then no more', () => {
    render(<Voting q={question} />);
    expect(screen.getByRole('heading', { name: 'What happens to orders?' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'It fails too' }));
    expect(screen.getByTestId('sent').textContent).toBe('2');
    expect(screen.getByRole('button', { name: 'It fails too' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Nothing' }));
    expect(screen.getByTestId('sent').textContent).toBe('2');
    expect(screen.getByRole('status').textContent).toContain('Your vote is in');
  });

  it('hides the counts until the reveal, then shows them', () => {
    const { rerender } = render(<Voting q={question} counts={[1, 2, 7]} />);
    expect(screen.queryByTitle(/of 10 votes/)).toBeNull();
    rerender(<Voting q={{ ...question, open: false, revealed: true }} counts={[1, 2, 7]} />);
    expect(screen.getByTitle('7 of 10 votes').textContent).toBe('7');
    expect(screen.getByRole('button', { name: /Nothing/ }).hasAttribute('disabled')).toBe(true);
  });

  it('says why a vote was refused', () => {
    render(
      <VotePanel
        question={question}
        counts={[]}
        mine={null}
        onVote={() => {}}
        problem="You have already voted."
      />,
    );
    expect(screen.getByRole('status').textContent).toBe('You have already voted.');
  });
});

describe('TallyBars', () => {
  it('shows the counts per choice and the total, no names', () => {
    render(<TallyBars question={question} counts={[0, 1, 3]} />);
    expect(screen.getByText('(4 votes)')).toBeTruthy();
    const rows = screen.getAllByTestId('tally-row').map((r) => r.textContent);
    expect(rows).toEqual(['Nothing0', 'It slows down1', 'It fails too3']);
  });
});
