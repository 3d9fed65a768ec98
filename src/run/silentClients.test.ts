import { describe, expect, it } from 'vitest';
import { silentClientsNote } from './silentClients';

type Doc = Parameters<typeof silentClientsNote>[0];
const client = (id: string, label = id) => ({ id, kind: 'client', label });
const service = (id: string) => ({ id, kind: 'service', label: id });
const edge = (source: string, target: string) => ({ id: `${source}-${target}`, source, target });
const doc = (nodes: object[], edges: object[] = []) => ({ nodes, edges }) as unknown as Doc;

describe('silentClientsNote', () => {
  it('says nothing when every client sends somewhere', () => {
    expect(silentClientsNote(doc([client('c'), service('s')], [edge('c', 's')]))).toBeNull();
  });

  it('names each client with no connection, by its label', () => {
    expect(silentClientsNote(doc([client('client-1', 'Client 1'), service('s')]))).toBe(
      '“Client 1” has no connections, so it sends no requests: connect it to a service or a queue.',
    );
    expect(
      silentClientsNote(
        doc([client('a', 'Web'), client('b', 'App'), client('c', 'Cron'), service('s')], [edge('b', 's')]),
      ),
    ).toBe(
      '“Web” and “Cron” have no connections, so they send no requests: connect them to a service or a queue.',
    );
  });

  it('says so when nothing could send at all', () => {
    expect(silentClientsNote(doc([]))).toMatch(/^The diagram is empty/);
    expect(silentClientsNote(doc([service('s')]))).toMatch(/^No client in this diagram/);
  });
});
