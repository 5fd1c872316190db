/**
 * The queue in real Chromium: what IndexedDB holds is ciphertext only, IVs never repeat, a tampered
 * entry is set aside with a typed error, tabs flush once (Web Locks), online/offline drive flushing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '../index.js';
import {
  createQueue,
  type IndexedDbQueue,
  openIndexedDbQueue,
  QueueTamperedError,
  type QueueTamperedEvent,
} from './index.js';

const MARKER = 'PLANTED-QUEUE-MARKER';
const opened: IndexedDbQueue[] = [];
const names: string[] = [];

async function open(name?: string): Promise<IndexedDbQueue> {
  const dbName = name ?? `nb-queue-test-${crypto.randomUUID()}`;
  if (!names.includes(dbName)) names.push(dbName);
  const queue = await openIndexedDbQueue(dbName);
  opened.push(queue);
  return queue;
}

afterEach(async () => {
  for (const q of opened.splice(0)) q.db.close();
  for (const name of names.splice(0)) indexedDB.deleteDatabase(name);
});

/** A registry stand-in: answers every POST with a new id, or with a 422 problem when asked to. */
function fakeRegistry(status = 201) {
  const seen: string[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    seen.push(request.headers.get('idempotency-key') ?? '');
    if (status === 422) {
      return new Response(
        JSON.stringify({
          type: 'urn:nayabato:problem:validation',
          title: 'Invalid',
          status: 422,
          errors: [],
        }),
        { status, headers: { 'content-type': 'application/problem+json' } },
      );
    }
    return new Response(JSON.stringify({ id: `pt_${seen.length}` }), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  };
  return {
    seen,
    client: createClient({
      baseUrl: 'http://127.0.0.1:9',
      apiKey: 'pk_test_x',
      validate: false,
      retry: false,
      fetch,
    }),
  };
}

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const latin1 = (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b)).join('');

describe('offline queue in IndexedDB (Chromium)', () => {
  it('stores no readable field value, and a fresh IV on every write', async () => {
    const { store, key, db } = await open();
    expect(key.extractable).toBe(false);
    expect(key.algorithm.name).toBe('AES-GCM');
    const registry = fakeRegistry(422);
    const queue = createQueue({ client: registry.client, store, key, autoFlush: false });
    for (let n = 0; n < 50; n++) {
      await queue.enqueue({
        method: 'POST',
        route: '/v1/participants',
        body: { note: `${MARKER}-${n}`, currentDistrict: 'Sindhupalchok' },
        group: `g${n}`,
      });
    }
    const before = await db.getAll('entries');
    expect(before).toHaveLength(50);
    for (const entry of before) {
      expect(Object.keys(entry).sort()).toEqual(['data', 'id', 'iv', 'seq']);
      const text = latin1(entry.data);
      for (const plain of [MARKER, 'Sindhupalchok', '/v1/participants', 'idempotencyKey', 'POST']) {
        expect(text).not.toContain(plain);
      }
    }
    // Every item fails (422) and is written again, re-encrypted: 100 writes in all, 100 distinct IVs.
    expect(await queue.flush()).toMatchObject({ failed: 50 });
    const after = await db.getAll('entries');
    const ivs = new Set([...before, ...after].map((e) => hex(e.iv)));
    expect(ivs.size).toBe(100);
    expect(after.every((e) => e.iv.length === 12)).toBe(true);
    expect(queue.snapshot().persisted).toBeTypeOf('boolean');
    await queue.close();
  });

  it('sets a tampered entry aside with QueueTamperedError and keeps it', async () => {
    const name = `nb-queue-test-${crypto.randomUUID()}`;
    const first = await open(name);
    const queue = createQueue({
      client: fakeRegistry().client,
      store: first.store,
      key: first.key,
      autoFlush: false,
    });
    const a = await queue.enqueue({ method: 'POST', route: '/v1/participants', body: { note: MARKER } });
    const b = await queue.enqueue({ method: 'POST', route: '/v1/participants', body: { note: MARKER } });
    await queue.close();
    // Another connection, as a person with the device's storage would have: flip one ciphertext bit.
    const raw = await open(name);
    const entry = await raw.db.get('entries', a.id);
    if (!entry) throw new Error('entry missing');
    const data = new Uint8Array(entry.data);
    data[3] = (data[3] ?? 0) ^ 0x80;
    await raw.db.put('entries', { ...entry, data });

    const second = await open(name);
    const registry = fakeRegistry();
    const reopened = createQueue({
      client: registry.client,
      store: second.store,
      key: second.key,
      autoFlush: false,
    });
    const tampered: QueueTamperedEvent[] = [];
    reopened.on('tampered', (e) => tampered.push(e));
    expect(await reopened.flush()).toEqual({ sent: 1, failed: 0, pending: 0 });
    expect(tampered).toHaveLength(1);
    expect(tampered[0]?.error).toBeInstanceOf(QueueTamperedError);
    expect(tampered[0]?.error.entryId).toBe(a.id);
    expect(registry.seen).toHaveLength(1);
    expect(reopened.snapshot().quarantined).toEqual([a.id]);
    expect((await second.db.getAll('quarantine')).map((e) => e.id)).toEqual([a.id]);
    expect(await second.db.get('entries', b.id)).toBeUndefined();
    expect((await second.db.getAll('entries')).map((e) => e.id)).toEqual([]);
    await reopened.close();
  });

  it('flushes once when two tabs try at the same time (Web Locks)', async () => {
    expect(navigator.locks).toBeDefined();
    const name = `nb-queue-test-${crypto.randomUUID()}`;
    const one = await open(name);
    const two = await open(name);
    const registry = fakeRegistry();
    const tabA = createQueue({
      client: registry.client,
      store: one.store,
      key: one.key,
      autoFlush: false,
      name,
    });
    const tabB = createQueue({
      client: registry.client,
      store: two.store,
      key: two.key,
      autoFlush: false,
      name,
    });
    for (let n = 0; n < 20; n++)
      await tabA.enqueue({ method: 'POST', route: '/v1/participants', body: { n } });
    const [ra, rb] = await Promise.all([tabA.flush(), tabB.flush()]);
    expect(ra.sent + rb.sent).toBe(20);
    expect(registry.seen).toHaveLength(20);
    expect(new Set(registry.seen).size).toBe(20);
    await tabA.close();
    await tabB.close();
  });

  it('holds writes while offline and flushes when the browser comes online', async () => {
    const { store, key } = await open();
    const registry = fakeRegistry();
    const queue = createQueue({ client: registry.client, store, key });
    const seen: boolean[] = [];
    queue.on('connectivity', (online) => seen.push(online));
    window.dispatchEvent(new Event('offline'));
    await queue.enqueue({ method: 'POST', route: '/v1/participants', body: { n: 1 } });
    await new Promise((r) => setTimeout(r, 50));
    expect(registry.seen).toHaveLength(0);
    expect(queue.snapshot()).toMatchObject({
      online: false,
      items: [expect.objectContaining({ state: 'queued' })],
    });
    const sent = new Promise((resolve) => queue.on('sent', resolve));
    window.dispatchEvent(new Event('online'));
    await sent;
    expect(seen).toEqual([false, true]);
    expect(registry.seen).toHaveLength(1);
    await queue.close();
  });
});
