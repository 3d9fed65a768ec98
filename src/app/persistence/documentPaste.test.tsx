// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { stripDefaults } from '../../model';
import { encodeShareLink } from '../../model/shareLink';
import { exampleDocument, useDocumentStore } from '../../store/documentStore';
import { loadEditing } from '../../store/editing';
import { copySelection } from '../../store/editorCommands';
import { useSelectionStore } from '../../store/selectionStore';
import { useUiStore } from '../../store/uiStore';
import { loadDecoder } from '../decoder';
import { memoryStorage } from './memoryStorage';
import { PersistenceNotices } from './PersistenceNotices';
import { claimsDiagram } from './pastedText';
import { usePersistenceStore } from './persistenceStore';
import { listRecent } from './recentDiagrams';
import { bootPersistence, resetPersistenceForTests } from './session';
import { manualTimers } from './testTimers';
import { expectPaste, usePasteRouting } from './usePasteRouting';

// The checked edits are fetched after startup in the app (store/editing.ts); these tests edit.
beforeAll(async () => {
  await loadEditing();
});

beforeAll(async () => {
  await loadDecoder();
});

describe('claimsDiagram', () => {
  it('is true for links, fragments and JSON objects; false for other text', () => {
    const link = encodeShareLink(exampleDocument());
    for (const t of [
      link,
      `https://faultline.example/?theme=dark${link}`,
      link.slice(1),
      ` {"a":1} `,
      '#D=1.x',
    ])
      expect(claimsDiagram(t), t).toBe(true);
    for (const t of ['', 'orders', 'orders\npayments', 'see #d=1.abc here', '[1,2]', 'https://example.com/'])
      expect(claimsDiagram(t), t).toBe(false);
  });
});

function Editor() {
  usePasteRouting();
  return <PersistenceNotices />;
}

/** A paste event as the browser fires it after Ctrl+V, carrying `text`. */
function paste(text: string) {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  act(() => {
    document.body.dispatchEvent(event);
  });
  return event;
}

let storage: ReturnType<typeof memoryStorage>;

beforeEach(() => {
  resetPersistenceForTests();
  usePersistenceStore.setState({ notices: [], confirm: null });
  useDocumentStore.getState().replaceDocument({ ...exampleDocument(), title: 'My work' });
  storage = memoryStorage();
  bootPersistence({
    local: storage,
    session: memoryStorage(),
    timers: manualTimers(),
    now: () => 5,
    tabId: 't',
  });
});
afterEach(cleanup);

describe('pasting on the editor', () => {
  it('a pasted link asks first; "Open it" opens it and keeps the diagram it replaced in Recent', async () => {
    render(<Editor />);
    const theirs = { ...exampleDocument(), title: 'Pasted link' };
    const event = paste(`https://faultline.example/${encodeShareLink(theirs)}`);
    expect(event.defaultPrevented).toBe(true);
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toMatch(/replaced by “Pasted link”/);
    expect(useDocumentStore.getState().doc.title).toBe('My work');
    fireEvent.click(screen.getByRole('button', { name: 'Open it' }));
    expect(useDocumentStore.getState().doc).toEqual(theirs);
    expect(listRecent(storage).map((e) => [e.title, e.reason])).toEqual([['My work', 'paste']]);
  });

  it('pasted document JSON asks too; Cancel changes nothing', async () => {
    render(<Editor />);
    paste(JSON.stringify(stripDefaults({ ...exampleDocument(), title: 'Pasted JSON' })));
    await screen.findByRole('dialog');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(useDocumentStore.getState().doc.title).toBe('My work');
  });

  it('pasted JSON that is not a diagram is explained; nothing changes', async () => {
    render(<Editor />);
    paste('{"version": 2, "nodes": [{"kind": "__proto__"}]');
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(/Could not open the pasted text/),
    );
    expect(screen.getByRole('alert').textContent).toMatch(/not JSON/);
    expect(useDocumentStore.getState().doc.title).toBe('My work');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('other text after Ctrl+V pastes the copied nodes, once', () => {
    render(<Editor />);
    useSelectionStore.getState().select(['orders'], []);
    copySelection();
    expectPaste();
    const event = paste('orders');
    expect(event.defaultPrevented).toBe(true);
    expect(useDocumentStore.getState().doc.nodes.map((n) => n.label)).toContain('orders 2');
    expect(useDocumentStore.getState().doc.nodes).toHaveLength(4);
    useUiStore.getState().setClipboard(null);
  });

  it('without a paste event, Ctrl+V still pastes the copied nodes', async () => {
    render(<Editor />);
    useSelectionStore.getState().select(['orders'], []);
    copySelection();
    expectPaste();
    await waitFor(() => expect(useDocumentStore.getState().doc.nodes).toHaveLength(4));
  });
});
