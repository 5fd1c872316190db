/**
 * The queue's bookkeeping against a stand-in registry (a fetch that answers as told): failure kinds,
 * dependencies, retry under a new key, discard. The real registry is in test/queue/queue.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { createClient } from '../index.js';
import { createMemoryStore, createQueue, generateQueueKey, ref } from './index.js';

/** Answers each request with the next status of `statuses` (then 201), recording idempotency keys. */
function standIn(statuses: number[]) {
  const keys: string[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    keys.push(request.headers.get('idempotency-key') ?? '');
    const status = statuses.shift() ?? 201;
    const body = status < 300 ? { id: `pt_${keys.length}` } : { type: 'about:blank', title: 'No', status };
    return new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': status < 300 ? 'application/json' : 'application/problem+json' },
    });
  };
  const client = createClient({
    baseUrl: 'http://registry.test',
    apiKey: 'sk_test_x',
    validate: false,
    retry: false,
    fetch,
  });
  return { keys, client };
}

const queueOf = async (client: ReturnType<typeof createClient>) =>
  createQueue({ client, store: createMemoryStore(), key: await generateQueueKey(), autoFlush: false });

describe('offline queue bookkeeping', () => {
  it('treats 412 as a conflict and 403 as rejected, and keeps both', async () => {
    const { client } = standIn([412, 403]);
    const queue = await queueOf(client);
    await queue.enqueue({
      method: 'PUT',
      route: '/v1/participants/{id}',
      path: { id: 'pt_1' },
      body: {},
      ifMatch: '"3"',
      group: 'a',
    });
    await queue.enqueue({ method: 'POST', route: '/v1/participants', body: {}, group: 'b' });
    expect(await queue.flush()).toEqual({ sent: 0, failed: 2, pending: 0 });
    expect(queue.snapshot().items.map((i) => [i.failure?.kind, i.failure?.status])).toEqual([
      ['conflict', 412],
      ['rejected', 403],
    ]);
  });

  it('fails a write whose ref never resolved as a dependency, after its producer was discarded', async () => {
    const { client, keys } = standIn([422]);
    const queue = await queueOf(client);
    const producer = await queue.enqueue({
      method: 'POST',
      route: '/v1/participants',
      body: {},
      ref: 'p',
      group: 'a',
    });
    const consumer = await queue.enqueue({
      method: 'POST',
      route: '/v1/consents',
      body: { participantId: ref('p') },
      group: 'a',
    });
    await queue.flush();
    expect(queue.snapshot().items.map((i) => i.state)).toEqual(['failed', 'queued']);
    await queue.discard(producer.id);
    await queue.flush();
    expect(queue.snapshot().items).toEqual([
      expect.objectContaining({
        id: consumer.id,
        state: 'failed',
        failure: expect.objectContaining({ kind: 'dependency', code: 'waiting-for:p' }),
      }),
    ]);
    expect(keys).toHaveLength(1);
  });

  it('retries a failed write under a new idempotency key, and resolves refs from kept answers', async () => {
    const { client, keys } = standIn([201, 409]);
    const queue = await queueOf(client);
    await queue.enqueue({ method: 'POST', route: '/v1/participants', body: {}, ref: 'p' });
    const consent = await queue.enqueue({
      method: 'POST',
      route: '/v1/consents',
      body: { participantId: ref('p') },
    });
    expect(await queue.flush()).toEqual({ sent: 1, failed: 1, pending: 0 });
    // The participant's answer is kept while the failed consent still refers to it.
    expect((await queue.get(consent.id))?.failure?.kind).toBe('conflict');
    await queue.retry(consent.id);
    expect(await queue.flush()).toEqual({ sent: 1, failed: 0, pending: 0 });
    expect(keys).toHaveLength(3);
    expect(keys[2]).not.toBe(keys[1]);
    expect(queue.snapshot().items).toEqual([]);
  });
});
