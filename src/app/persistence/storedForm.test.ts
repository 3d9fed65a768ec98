import { describe, expect, it } from 'vitest';
import { stripDefaults } from '../../model/defaults';
import { parseDocument } from '../../model/parseDocument';
import { exampleDocument } from '../../store/documentStore';
import { editingKit, loadEditing } from '../../store/editing';
import { storedForm } from './session';

describe('the autosave’s stored form', () => {
  it('before the editing tools load, keeps the document whole, which reads back the same', () => {
    expect(editingKit()).toBeNull();
    const doc = { ...exampleDocument(), title: 'Dragged at once' };
    const stored = storedForm(doc);
    expect(stored).toBe(doc);
    const back = parseDocument(JSON.parse(JSON.stringify(stored)));
    expect(back.ok && back.doc).toEqual(doc);
  });

  it('once they are here, leaves the defaults out, as every save did before', async () => {
    await loadEditing();
    const doc = { ...exampleDocument(), title: 'Later' };
    expect(storedForm(doc)).toEqual(stripDefaults(doc));
  });
});
