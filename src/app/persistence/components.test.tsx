// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { stripDefaults } from '../../model';
import { exampleDocument, useDocumentStore } from '../../store/documentStore';
import { loadEditing } from '../../store/editing';
import { FileMenu } from './FileMenu';
import { memoryStorage } from './memoryStorage';
import { PersistenceNotices } from './PersistenceNotices';
import { usePersistenceStore } from './persistenceStore';
import { SafeBoundary } from './SafeBoundary';
import { bootPersistence, resetPersistenceForTests, startAutosave } from './session';
import { AUTOSAVE_KEY } from './storageAccess';
import { manualTimers } from './testTimers';
import { useFileDrop } from './useFileDrop';

// The checked edits are fetched after startup in the app (store/editing.ts); these tests edit.
beforeAll(async () => {
  await loadEditing();
});

function chooseFile(file: File) {
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

function fileOf(doc: unknown, name = 'diagram.json') {
  return new File([JSON.stringify(doc)], name, { type: 'application/json' });
}

beforeEach(() => {
  resetPersistenceForTests();
  usePersistenceStore.setState({ notices: [], confirm: null });
  useDocumentStore.getState().replaceDocument(exampleDocument());
});
afterEach(cleanup);

function renderMenu() {
  render(
    <>
      <FileMenu />
      <PersistenceNotices />
    </>,
  );
}

describe('FileMenu', () => {
  it('has New, Open… and Save, and the file input accepts JSON', () => {
    renderMenu();
    for (const name of ['New', 'Open…', 'Save']) screen.getByRole('button', { name });
    const accept = document.querySelector('input[type="file"]')?.getAttribute('accept')?.split(',') ?? [];
    expect(accept).toEqual(expect.arrayContaining(['.json', 'application/json']));
  });

  it('New on the untouched example replaces it at once: nothing would be lost', () => {
    renderMenu();
    fireEvent.click(screen.getByRole('button', { name: 'New' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(useDocumentStore.getState().doc.nodes).toEqual([]);
  });

  it('New on work asks in a dialog; Cancel keeps the diagram, confirming empties it', async () => {
    useDocumentStore.getState().setTitle('My work');
    renderMenu();
    fireEvent.click(screen.getByRole('button', { name: 'New' }));
    const dialog = screen.getByRole('dialog');
    expect(dialog.textContent).toMatch(/replaced/);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(useDocumentStore.getState().doc.nodes.length).toBe(3);
    fireEvent.click(screen.getByRole('button', { name: 'New' }));
    fireEvent.click(screen.getByRole('button', { name: 'Replace with a new diagram' }));
    await waitFor(() => expect(useDocumentStore.getState().doc.nodes).toEqual([]));
  });

  it('Escape closes the dialog without replacing', () => {
    useDocumentStore.getState().setTitle('My work');
    renderMenu();
    fireEvent.click(screen.getByRole('button', { name: 'New' }));
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(useDocumentStore.getState().doc.nodes.length).toBe(3);
  });

  it('Open of a valid file asks, then replaces', async () => {
    renderMenu();
    const doc = { ...exampleDocument(), title: 'From disk' };
    chooseFile(fileOf(stripDefaults(doc), 'disk.faultline.json'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toMatch(/disk\.faultline\.json/);
    expect(useDocumentStore.getState().doc.title).not.toBe('From disk');
    fireEvent.click(screen.getByRole('button', { name: 'Open it' }));
    await waitFor(() => expect(useDocumentStore.getState().doc).toEqual(doc));
  });

  it('Open of an invalid file shows the field errors in an alert; the diagram is untouched', async () => {
    renderMenu();
    const before = useDocumentStore.getState().doc;
    const bad = {
      ...stripDefaults(exampleDocument()),
      nodes: [{ id: 'x', kind: 'valueOf', label: 'x', position: { x: 0, y: 0 } }],
    };
    chooseFile(fileOf(bad, 'bad.json'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Could not open “bad\.json”/);
    expect(alert.textContent).toMatch(/nodes\[0\]/);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(useDocumentStore.getState().doc).toBe(before);
  });

  it('Open of a 50 MB file is refused by its size', async () => {
    renderMenu();
    const before = useDocumentStore.getState().doc;
    const big = new File(['{}'], 'big.json');
    Object.defineProperty(big, 'size', { value: 50 * 1024 * 1024 });
    chooseFile(big);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch('This file is 50.0 MB; the limit is 5 MB.');
    expect(useDocumentStore.getState().doc).toBe(before);
  });
});

function DropZone() {
  return <div data-testid="canvas" {...useFileDrop()} />;
}

describe('useFileDrop', () => {
  it('a dropped file opens like Open…; a drag without files is left alone', async () => {
    render(
      <>
        <DropZone />
        <PersistenceNotices />
      </>,
    );
    const zone = screen.getByTestId('canvas');
    const palette = new Event('dragover', { bubbles: true, cancelable: true });
    Object.defineProperty(palette, 'dataTransfer', {
      value: { types: ['application/x-faultline-kind'], files: [] },
    });
    zone.dispatchEvent(palette);
    expect(palette.defaultPrevented).toBe(false);

    const file = fileOf(stripDefaults({ ...exampleDocument(), title: 'Dropped' }), 'dropped.json');
    const over = new Event('dragover', { bubbles: true, cancelable: true });
    Object.defineProperty(over, 'dataTransfer', {
      value: { types: ['Files'], files: [file], dropEffect: 'none' },
    });
    zone.dispatchEvent(over);
    expect(over.defaultPrevented).toBe(true);
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { types: ['Files'], files: [file] } });
    zone.dispatchEvent(drop);
    fireEvent.click(await screen.findByRole('button', { name: 'Open it' }));
    await waitFor(() => expect(useDocumentStore.getState().doc.title).toBe('Dropped'));
  });
});

function Bomb(): never {
  throw new Error('node renderer exploded');
}

/** Crashes when the document's title is "boom", as a bad document would. */
function TitleOrBomb() {
  const title = useDocumentStore((st) => st.doc.title);
  return title === 'boom' ? <Bomb /> : <p>{title}</p>;
}

describe('SafeBoundary', () => {
  it('shows "Something went wrong" with its two ways out; the crashing edit is not saved', async () => {
    const storage = memoryStorage();
    const timers = manualTimers();
    const s = bootPersistence({ local: storage, session: memoryStorage(), timers, now: () => 0, tabId: 't' });
    const stop = startAutosave(s);
    const quiet = console.error;
    console.error = () => {};
    try {
      render(
        <SafeBoundary>
          <TitleOrBomb />
        </SafeBoundary>,
      );
      act(() => {
        useDocumentStore.getState().setTitle('boom');
      });
      screen.getByRole('heading', { name: 'Something went wrong' });
      screen.getByRole('button', { name: 'Download this diagram' });
      act(() => {
        timers.advance(1000);
        window.dispatchEvent(new Event('pagehide'));
      });
      expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();

      fireEvent.click(screen.getByRole('button', { name: 'Start with an empty diagram' }));
      await waitFor(() => expect(screen.queryByText('Something went wrong')).toBeNull());
      expect(useDocumentStore.getState().doc.nodes).toEqual([]);
      expect(JSON.parse(storage.getItem(AUTOSAVE_KEY) as string).doc.nodes).toEqual([]);
    } finally {
      console.error = quiet;
      stop();
    }
  });
});
