// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { stripDefaults } from '../../model';
import { exampleDocument } from '../../store/documentStore';
import { checkFileSize, documentFileName } from './fileChecks';
import { readDocumentFile } from './openFile';

describe('checkFileSize', () => {
  it('accepts up to 5 MB and explains anything larger before it is read', () => {
    expect(checkFileSize(0)).toBeNull();
    expect(checkFileSize(5 * 1024 * 1024)).toBeNull();
    expect(checkFileSize(50 * 1024 * 1024)).toBe('This file is 50.0 MB; the limit is 5 MB.');
    expect(checkFileSize(5 * 1024 * 1024 + 1)).toBe('This file is 5.0 MB; the limit is 5 MB.');
  });
});

describe('documentFileName', () => {
  it('is the title with .faultline.json, without characters file systems refuse', () => {
    expect(documentFileName('RPC chain under redeploy')).toBe('RPC chain under redeploy.faultline.json');
    expect(documentFileName('a/b:c*?"<>|\u0000d')).toBe('a-b-c-d.faultline.json');
    expect(documentFileName('  ')).toBe('diagram.faultline.json');
    expect(documentFileName('../../etc')).toBe('etc.faultline.json');
  });
});

describe('readDocumentFile', () => {
  it('refuses an oversized file without reading a byte of it', async () => {
    const huge = {
      name: 'huge.json',
      size: 50 * 1024 * 1024,
      arrayBuffer: () => Promise.reject(new Error('must not be read')),
    };
    expect(await readDocumentFile(huge)).toEqual({
      ok: false,
      message: 'This file is 50.0 MB; the limit is 5 MB.',
      errors: [],
    });
  });

  it('opens a saved diagram', async () => {
    const doc = exampleDocument();
    const file = new File([JSON.stringify(stripDefaults(doc))], 'shop.faultline.json', {
      type: 'application/json',
    });
    const r = await readDocumentFile(file);
    expect(r.ok && r.doc).toEqual(doc);
  });

  it('lists field-level errors of an invalid file', async () => {
    const bad = {
      ...stripDefaults(exampleDocument()),
      nodes: [{ id: 'x', kind: 'constructor', label: 'x', position: { x: 0, y: 0 } }],
    };
    const r = await readDocumentFile(new File([JSON.stringify(bad)], 'bad.json'));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.some((e) => e.path.startsWith('nodes[0]'))).toBe(true);
  });

  it('explains a file that is not JSON or not UTF-8', async () => {
    const notJson = await readDocumentFile(new File(['<html>'], 'page.html'));
    expect(!notJson.ok && notJson.message).toMatch(/not JSON/);
    const notText = await readDocumentFile(new File([new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])], 'x.json'));
    expect(!notText.ok && notText.message).toMatch(/UTF-8/);
  });
});
