import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../model';
import { rpcChainRedeploy } from '../../scenarios/rpcChainRedeploy';
import { documentJson, fileNameFor } from './documentJson';

describe('documentJson', () => {
  it('leaves defaults out and parses back to the same document', () => {
    const r = parseDocument(rpcChainRedeploy);
    if (!r.ok) throw new Error('example invalid');
    const json = documentJson(r.doc);
    expect(json).not.toContain('"backlogLimit"');
    const back = parseDocument(JSON.parse(json));
    expect(back.ok && back.doc).toEqual(r.doc);
  });
});

describe('fileNameFor', () => {
  it('makes a safe file name from any title', () => {
    expect(fileNameFor('RPC chain under redeploy', 'json')).toBe('rpc-chain-under-redeploy.json');
    expect(fileNameFor('../../etc/passwd', 'png')).toBe('etc-passwd.png');
    expect(fileNameFor('🚀', 'svg')).toBe('faultline-diagram.svg');
  });
});
