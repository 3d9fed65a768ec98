// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { parseDocument } from '../../model';
import { exampleDocument } from '../../store/documentStore';
import { ShareDialog } from './ShareDialog';

afterEach(cleanup);

it('a diagram past what a link holds (a long rate trace) is called too large to share as a link', () => {
  let x = 1;
  const trace = Array.from({ length: 20_000 }, () => {
    x = (x * 48_271) % 2_147_483_647;
    return x % 1000;
  }).join('\n');
  const example = exampleDocument();
  const parsed = parseDocument({
    ...example,
    nodes: example.nodes.map((n) => (n.kind === 'client' ? { ...n, rateTrace: trace } : n)),
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  render(<ShareDialog doc={parsed.doc} onClose={() => {}} />);
  expect(screen.getByRole('alert').textContent).toMatch(/too large to share as a link .* at most 32,768/);
  expect(screen.getByRole('button', { name: 'Download JSON instead' })).toBeTruthy();
});
