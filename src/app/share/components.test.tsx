// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createNode, type FaultlineDocument } from '../../model';
import { exampleDocument } from '../../store/documentStore';
import { ShareDialog } from './ShareDialog';
import { SharedLinkGate } from './SharedLinkGate';
import { readSharedLink } from './sharedLink';

afterEach(cleanup);

/** A diagram whose link cannot be short: many nodes with labels that do not compress. */
function bigDocument(): FaultlineDocument {
  const doc = exampleDocument();
  let seed = 7;
  const noise = () => {
    let s = '';
    for (let i = 0; i < 60; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      s += String.fromCharCode(97 + (seed % 26));
    }
    return s;
  };
  for (let i = 0; i < 200; i++)
    doc.nodes.push(createNode('service', `s${i}`, noise(), { x: i * 7, y: i * 13 }));
  return doc;
}

describe('ShareDialog', () => {
  it('shows the link, its length and a QR code for the example, with no long-link warning', () => {
    render(<ShareDialog doc={exampleDocument()} onClose={() => {}} />);
    const link = (screen.getByLabelText('Link') as HTMLTextAreaElement).value;
    expect(link).toMatch(/#d=2\./);
    expect(screen.getByTestId('share-link-length').textContent).toBe(`${link.length} characters`);
    expect(screen.getByRole('img', { name: 'QR code of the link' })).toBeTruthy();
    expect(screen.queryByText('Download JSON instead')).toBeNull();
  });

  it('past 8,000 characters warns and offers the JSON file instead', () => {
    render(<ShareDialog doc={bigDocument()} onClose={() => {}} />);
    const link = (screen.getByLabelText('Link') as HTMLTextAreaElement).value;
    expect(link.length).toBeGreaterThan(8000);
    expect(screen.getByRole('alert').textContent).toMatch(/This link is long/);
    expect(screen.getByRole('button', { name: 'Download JSON instead' })).toBeTruthy();
    expect(screen.getByText('The link is too long for a QR code.')).toBeTruthy();
  });
});

describe('SharedLinkGate', () => {
  const editor = <p>the editor</p>;

  it('asks before a link replaces saved work; "Keep mine" loads nothing', () => {
    const load = vi.fn();
    const persist = vi.fn();
    const link = { kind: 'pending' as const, doc: { ...exampleDocument(), title: 'Theirs' }, warnings: [] };
    render(
      <SharedLinkGate
        link={link}
        hasSavedWork
        loadDocument={load}
        persistDocument={persist}
        clearFragment={() => {}}
      >
        {editor}
      </SharedLinkGate>,
    );
    expect(screen.getByText('the editor')).toBeTruthy();
    expect(screen.getByTestId('pending-link-question').textContent).toBe(
      'Open the shared diagram “Theirs”? Your current diagram stays saved.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Keep mine' }));
    expect(load).not.toHaveBeenCalled();
    expect(persist).not.toHaveBeenCalled();
  });

  it('"Open" loads the document, then saves it after that render', () => {
    const order: string[] = [];
    const link = { kind: 'pending' as const, doc: exampleDocument(), warnings: [] };
    render(
      <SharedLinkGate
        link={link}
        hasSavedWork
        loadDocument={() => order.push('load')}
        persistDocument={() => order.push('persist')}
        clearFragment={() => order.push('clear')}
      >
        {editor}
      </SharedLinkGate>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(order).toEqual(['load', 'persist', 'clear']);
  });

  it('under StrictMode a link opened at once is loaded, saved and cleared once each', () => {
    // StrictMode calls state initialisers twice and mounts effects twice: a second load or
    // save would write the autosave and the recent diagrams twice.
    const order: string[] = [];
    const link = { kind: 'pending' as const, doc: exampleDocument(), warnings: [] };
    render(
      <StrictMode>
        <SharedLinkGate
          link={link}
          hasSavedWork={false}
          loadDocument={() => order.push('load')}
          persistDocument={() => order.push('persist')}
          clearFragment={() => order.push('clear')}
        >
          {editor}
        </SharedLinkGate>
      </StrictMode>,
    );
    expect(screen.getByText('the editor')).toBeTruthy();
    expect(order).toEqual(['load', 'persist', 'clear']);
  });

  it('a broken link replaces the editor with an explanation and the way back', () => {
    const link = readSharedLink('#d=1.eJzLSM3JyQcABiwCFQ');
    expect(link.kind).toBe('failed');
    const clear = vi.fn();
    render(
      <SharedLinkGate
        link={link}
        hasSavedWork
        loadDocument={vi.fn()}
        persistDocument={vi.fn()}
        clearFragment={clear}
      >
        {editor}
      </SharedLinkGate>,
    );
    expect(screen.queryByText('the editor')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Open my last diagram' }));
    expect(clear).toHaveBeenCalled();
    expect(screen.getByText('the editor')).toBeTruthy();
  });
});
