/**
 * The offline queue against a real registry (PGlite, and PostgreSQL when DATABASE_URL is set): order,
 * exactly-once creation across a crash, failures kept, tampering set aside, hand-over.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SYNTHETIC_PARTICIPANT_INPUT } from '@nayabato/core/synthetic';
import type { RunningRegistry } from '@nayabato/registry';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createClient } from '../../src/index.js';
import {
  backoffDelay,
  createFileStore,
  createMemoryStore,
  createQueue,
  generateQueueKey,
  importQueueKey,
  type QueueStore,
  QueueTamperedError,
  type QueueTamperedEvent,
} from '../../src/queue/index.js';
import { enqueueIntake } from './intakes.fixture.js';
import { engines, ngoOf, startQueueRegistry } from './registry.fixture.js';

const count = async (registry: RunningRegistry, table: string, orgId: string) =>
  Number(
    (
      await registry.db.query<{ n: string }>(`select count(*) as n from ${table} where org_id = $1`, [orgId])
    )[0]?.n,
  );

describe.each(engines())('offline queue against the registry (%s)', (engine) => {
  let registry: RunningRegistry;
  let dir: string;
  beforeAll(async () => {
    registry = await startQueueRegistry(engine);
    dir = await mkdtemp(join(tmpdir(), 'nb-queue-'));
  }, 120_000);
  afterAll(async () => {
    await registry?.close();
    await rm(dir, { recursive: true, force: true });
  });
  const client = (options: { fetch?: typeof fetch; validate?: false } = {}) =>
    createClient({
      baseUrl: registry.url,
      apiKey: ngoOf(registry).secretKey,
      retry: { baseDelay: 10 },
      ...options,
    });

  it('flushes 1,000 queued intakes in order, none lost or duplicated', async () => {
    const org = ngoOf(registry).id;
    const before = {
      participants: await count(registry, 'participants', org),
      consents: await count(registry, 'consents', org),
      assessments: await count(registry, 'needs_assessments', org),
    };
    const store = await createFileStore(join(dir, 'intakes'));
    const queue = createQueue({ client: client(), store, key: await generateQueueKey(), autoFlush: false });
    for (let n = 0; n < 1000; n++) await enqueueIntake(queue, n);
    expect(queue.snapshot().items).toHaveLength(3000);
    const sentSeqs: number[] = [];
    queue.on('sent', (item) => sentSeqs.push(item.seq));
    const result = await queue.flush();
    expect(result).toEqual({ sent: 3000, failed: 0, pending: 0 });
    expect(sentSeqs).toEqual([...sentSeqs].sort((a, b) => a - b));
    expect(await store.list()).toEqual([]);
    expect(await count(registry, 'participants', org)).toBe(before.participants + 1000);
    expect(await count(registry, 'consents', org)).toBe(before.consents + 1000);
    expect(await count(registry, 'needs_assessments', org)).toBe(before.assessments + 1000);
    // Commit order: participant n, its consent, its assessment, then participant n + 1 (one sequence).
    const rows = await registry.db.query<{ t: string; seq: string; pid: string }>(
      `select * from (
         select 'p' as t, seq, id as pid from participants where org_id = $1
         union all select 'c', seq, participant_id from consents where org_id = $1
         union all select 'a', seq, participant_id from needs_assessments where org_id = $1
       ) x order by seq::bigint desc limit 3000`,
      [org],
    );
    rows.reverse();
    for (let n = 0; n < 1000; n++) {
      const [p, c, a] = rows.slice(3 * n, 3 * n + 3);
      expect([p?.t, c?.t, a?.t]).toEqual(['p', 'c', 'a']);
      expect(c?.pid).toBe(p?.pid);
      expect(a?.pid).toBe(p?.pid);
    }
    await queue.close();
  }, 240_000);

  it('with concurrency, keeps each intake in order and loses or duplicates none', async () => {
    const org = ngoOf(registry).id;
    const before = await count(registry, 'consents', org);
    const queue = createQueue({
      client: client(),
      store: createMemoryStore(),
      key: await generateQueueKey(),
      autoFlush: false,
      concurrency: 4,
    });
    for (let n = 0; n < 200; n++) await enqueueIntake(queue, n);
    expect(await queue.flush()).toEqual({ sent: 600, failed: 0, pending: 0 });
    expect(await count(registry, 'consents', org)).toBe(before + 200);
    // Each of the 200 new participants has exactly one consent and one assessment, both after it.
    const rows = await registry.db.query<{ p: string; c: string; a: string; nc: string; na: string }>(
      `select p.seq as p, min(c.seq) as c, min(a.seq) as a, count(distinct c.id) as nc, count(distinct a.id) as na
         from participants p join consents c on c.participant_id = p.id join needs_assessments a on a.participant_id = p.id
        where p.org_id = $1 group by p.id, p.seq order by p.seq::bigint desc limit 200`,
      [org],
    );
    expect(rows).toHaveLength(200);
    for (const r of rows) {
      expect([Number(r.nc), Number(r.na)]).toEqual([1, 1]);
      expect(Number(r.p)).toBeLessThan(Number(r.c));
      expect(Number(r.c)).toBeLessThan(Number(r.a));
    }
    await queue.close();
  }, 120_000);

  it('resends with the same key after a crash between send and confirmation: one record', async () => {
    const org = ngoOf(registry).id;
    const before = await count(registry, 'participants', org);
    const store = createMemoryStore();
    const key = await generateQueueKey();
    const keys: string[] = [];
    const replayed: (string | null)[] = [];
    // The request reaches the registry, which creates the record; then the "process dies" before the
    // answer is seen. No client retry: only the restarted queue sends again.
    const crashing: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      keys.push(request.headers.get('idempotency-key') ?? '');
      const response = await fetch(request);
      await response.arrayBuffer();
      throw new TypeError('process died');
    };
    const first = createQueue({
      client: createClient({
        baseUrl: registry.url,
        apiKey: ngoOf(registry).secretKey,
        retry: false,
        fetch: crashing,
      }),
      store,
      key,
      autoFlush: false,
    });
    await first.enqueue({ method: 'POST', route: '/v1/participants', body: SYNTHETIC_PARTICIPANT_INPUT });
    const waiting: string[] = [];
    first.on('waiting', (e) => waiting.push(e.reason));
    expect(await first.flush()).toEqual({ sent: 0, failed: 0, pending: 1 });
    expect(waiting).toEqual(['network']);
    await first.close();
    expect(await count(registry, 'participants', org)).toBe(before + 1);

    const watching: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      keys.push(request.headers.get('idempotency-key') ?? '');
      const response = await fetch(request);
      replayed.push(response.headers.get('idempotent-replayed'));
      return response;
    };
    const restarted = createQueue({ client: client({ fetch: watching }), store, key, autoFlush: false });
    expect(await restarted.flush()).toEqual({ sent: 1, failed: 0, pending: 0 });
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(replayed).toEqual(['true']);
    expect(await count(registry, 'participants', org)).toBe(before + 1);
    await restarted.close();
  });

  it('keeps a validation failure for correction and holds back its group only', async () => {
    const store = createMemoryStore();
    const queue = createQueue({
      client: client({ validate: false }),
      store,
      key: await generateQueueKey(),
      autoFlush: false,
    });
    const failed: string[] = [];
    queue.on('failed', (item) => failed.push(item.failure?.kind ?? ''));
    const bad = await queue.enqueue({
      method: 'POST',
      route: '/v1/participants',
      body: { ...SYNTHETIC_PARTICIPANT_INPUT, gender: 'not-a-gender' },
      ref: 'bad',
      group: 'a',
    });
    const behind = await queue.enqueue({
      method: 'POST',
      route: '/v1/consents',
      body: { participantId: { $queueRef: 'bad' }, purpose: 'services' },
      group: 'a',
    });
    await queue.enqueue({
      method: 'POST',
      route: '/v1/participants',
      body: SYNTHETIC_PARTICIPANT_INPUT,
      group: 'b',
    });
    expect(await queue.flush()).toEqual({ sent: 1, failed: 1, pending: 1 });
    expect(failed).toEqual(['validation']);
    const [first, second] = queue.snapshot().items;
    expect(first).toMatchObject({
      id: bad.id,
      state: 'failed',
      failure: { kind: 'validation', status: 422 },
    });
    expect(first?.failure?.issues?.map((i) => i.pointer)).toContain('/gender');
    expect(second).toMatchObject({ id: behind.id, state: 'queued' });
    expect((await store.list()).map((e) => e.id)).toEqual([bad.id, behind.id]);
    // A flush again changes nothing: the failure is kept, never dropped, and not resent.
    expect(await queue.flush()).toEqual({ sent: 0, failed: 1, pending: 1 });
    await queue.correct(bad.id, { body: SYNTHETIC_PARTICIPANT_INPUT });
    const flushed = await queue.flush();
    // The consent behind it now goes out; its (deliberately incomplete) body is refused in turn.
    expect(flushed.sent).toBe(1);
    expect(queue.snapshot().items).toEqual([
      expect.objectContaining({
        id: behind.id,
        state: 'failed',
        failure: expect.objectContaining({ kind: 'validation' }),
      }),
    ]);
    await queue.close();
  });

  it('shows a conflict (the consent was withdrawn elsewhere) and never overwrites', async () => {
    const direct = client();
    const participant = await direct.participants.create(SYNTHETIC_PARTICIPANT_INPUT);
    const consent = await direct.consents.create({
      participantId: participant.id,
      purpose: 'services',
      givenAt: new Date(Date.now() - 86_400_000).toISOString(),
      checks: (await import('@nayabato/core/synthetic')).COMPLETE_CONSENT_CHECKS,
      method: 'verbal',
    } as never);
    const headers: (string | null)[] = [];
    const watching: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      headers.push(request.headers.get('if-match'));
      return fetch(request);
    };
    const queue = createQueue({
      client: client({ fetch: watching }),
      store: createMemoryStore(),
      key: await generateQueueKey(),
      autoFlush: false,
    });
    await queue.enqueue({
      method: 'POST',
      route: '/v1/consents/{id}/withdraw',
      path: { id: consent.id },
      body: { withdrawnAt: new Date().toISOString() },
      ifMatch: '"v1"',
    });
    await direct.consents.withdraw(consent.id);
    expect(await queue.flush()).toEqual({ sent: 0, failed: 1, pending: 0 });
    expect(headers).toEqual(['"v1"']);
    expect(queue.snapshot().items[0]?.failure).toMatchObject({
      kind: 'conflict',
      status: 409,
      code: 'conflict',
    });
    await queue.close();
  });
});

describe('offline queue storage (Node)', () => {
  const offline: typeof fetch = async () => {
    throw new TypeError('offline');
  };
  const offlineClient = () =>
    createClient({ baseUrl: 'http://127.0.0.1:9', apiKey: 'sk_test_x', retry: false, fetch: offline });

  it('sets aside a changed or swapped entry with a typed error, and keeps it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nb-queue-'));
    const key = await importQueueKey(crypto.getRandomValues(new Uint8Array(32)));
    const store = await createFileStore(dir);
    const queue = createQueue({ client: offlineClient(), store, key, autoFlush: false });
    const a = await queue.enqueue({
      method: 'POST',
      route: '/v1/participants',
      body: { marker: 'PLANTED-MARKER-1' },
    });
    const b = await queue.enqueue({
      method: 'POST',
      route: '/v1/participants',
      body: { marker: 'PLANTED-MARKER-2' },
    });
    const c = await queue.enqueue({
      method: 'POST',
      route: '/v1/participants',
      body: { marker: 'PLANTED-MARKER-3' },
    });
    await queue.close();
    for (const name of await readdir(dir)) {
      if (name.endsWith('.json')) expect(await readFile(join(dir, name), 'utf8')).not.toContain('PLANTED');
    }
    // Flip one byte of a's ciphertext; copy b's ciphertext over c (same key, other id and seq).
    const fileA = JSON.parse(await readFile(join(dir, `${a.id}.json`), 'utf8'));
    const bytes = Uint8Array.from(atob(fileA.data), (ch) => ch.charCodeAt(0));
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    await writeFile(
      join(dir, `${a.id}.json`),
      JSON.stringify({ ...fileA, data: btoa(String.fromCharCode(...bytes)) }),
    );
    const fileB = JSON.parse(await readFile(join(dir, `${b.id}.json`), 'utf8'));
    const fileC = JSON.parse(await readFile(join(dir, `${c.id}.json`), 'utf8'));
    await writeFile(join(dir, `${c.id}.json`), JSON.stringify({ ...fileC, iv: fileB.iv, data: fileB.data }));

    const reopened = createQueue({
      client: offlineClient(),
      store: await createFileStore(dir),
      key,
      autoFlush: false,
    });
    const tampered: QueueTamperedEvent[] = [];
    reopened.on('tampered', (e) => tampered.push(e));
    await reopened.flush();
    expect(tampered.map((e) => e.id).sort()).toEqual([a.id, c.id].sort());
    for (const e of tampered) {
      expect(e.error).toBeInstanceOf(QueueTamperedError);
      expect(e.error.kind).toBe('queue_tampered');
      expect(e.error.entryId).toBe(e.id);
    }
    expect([...reopened.snapshot().quarantined].sort()).toEqual([a.id, c.id].sort());
    expect(reopened.snapshot().items.map((i) => i.id)).toEqual([b.id]);
    expect((await readdir(join(dir, 'quarantine'))).sort()).toEqual([`${a.id}.json`, `${c.id}.json`].sort());
    await reopened.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('waits with backoff when offline (no busy loop) and keeps the item', async () => {
    let calls = 0;
    const counting: typeof fetch = async () => {
      calls++;
      throw new TypeError('offline');
    };
    const queue = createQueue({
      client: createClient({
        baseUrl: 'http://127.0.0.1:9',
        apiKey: 'sk_test_x',
        retry: false,
        fetch: counting,
      }),
      store: createMemoryStore(),
      key: await generateQueueKey(),
      backoff: { baseDelay: 400 },
    });
    const delays: number[] = [];
    queue.on('waiting', (e) => delays.push(e.delay));
    await queue.enqueue({ method: 'POST', route: '/v1/participants', body: SYNTHETIC_PARTICIPANT_INPUT });
    // The first attempt, then no other within 150 ms: the queue waits (at least 200 ms) instead of looping.
    await vi.waitFor(() => expect(calls).toBe(1));
    await new Promise((r) => setTimeout(r, 150));
    expect(calls).toBe(1);
    expect(delays[0]).toBeGreaterThanOrEqual(200);
    expect(queue.snapshot().retryAt).toBeGreaterThan(Date.now());
    expect(queue.snapshot().items[0]?.state).toBe('queued');
    await queue.close();
    expect(backoffDelay(1, { baseDelay: 1000 }, () => 0)).toBe(500);
    expect(backoffDelay(4, { baseDelay: 1000 }, () => 1)).toBe(8000);
    expect(backoffDelay(30, { baseDelay: 1000, maxDelay: 60_000 }, () => 1)).toBe(60_000);
  });

  it('exports for hand-over under a passphrase and imports with the same idempotency keys', async () => {
    const store: QueueStore = createMemoryStore();
    const queue = createQueue({
      client: offlineClient(),
      store,
      key: await generateQueueKey(),
      autoFlush: false,
    });
    await queue.enqueue({
      method: 'POST',
      route: '/v1/participants',
      body: { marker: 'PLANTED-MARKER-9' },
      ref: 'p',
    });
    await queue.enqueue({
      method: 'POST',
      route: '/v1/consents',
      body: { participantId: { $queueRef: 'p' } },
    });
    const file = await queue.export('a long hand-over passphrase', 1000);
    expect(JSON.stringify(file)).not.toContain('PLANTED');
    const other = createQueue({
      client: offlineClient(),
      store: createMemoryStore(),
      key: await generateQueueKey(),
      autoFlush: false,
    });
    await expect(other.import(file, 'wrong passphrase')).rejects.toBeInstanceOf(QueueTamperedError);
    expect(await other.import(file, 'a long hand-over passphrase')).toBe(2);
    const mine = await Promise.all(queue.snapshot().items.map((i) => queue.get(i.id)));
    const theirs = await Promise.all(other.snapshot().items.map((i) => other.get(i.id)));
    expect(theirs.map((i) => i?.idempotencyKey)).toEqual(mine.map((i) => i?.idempotencyKey));
    expect(theirs.map((i) => i?.body)).toEqual(mine.map((i) => i?.body));
    await queue.close();
    await other.close();
  });
});
