import { EventEmitter } from 'eventemitter3';
import { QueueTamperedError } from '../errors/queue-tampered-error.js';
import { randomKey } from '../transport/random-key.js';
import { backoffDelay } from './backoff.js';
import { openEntry, type StoredEntry, sealEntry } from './cipher.js';
import { classifyFailure } from './classify.js';
import { platformConnectivity } from './connectivity.js';
import type { QueueEvents } from './events.js';
import { openExport, sealExport } from './handover.js';
import { withLock } from './lock.js';
import type { FlushResult, OfflineQueue, QueueOptions } from './offline-queue.js';
import { refFields, refsIn, resolveRefs } from './refs.js';
import type { QueueFailure, QueueItem, QueueItemView } from './types.js';

const view = (item: QueueItem): QueueItemView => ({
  id: item.id,
  seq: item.seq,
  method: item.method,
  route: item.route,
  group: item.group ?? 'default',
  state: item.state,
  attempts: item.attempts,
  ...(item.failure ? { failure: item.failure } : {}),
});

const newId = () => `q_${randomKey()}`;

/**
 * Creates an offline queue over a store and a key. Loading starts at once; entries that fail their
 * integrity check are moved aside with a `tampered` event and a {@link QueueTamperedError}.
 *
 * @example
 * ```ts
 * import { createQueue, openIndexedDbQueue, ref } from '@nayabato/client/queue';
 *
 * const { store, key } = await openIndexedDbQueue();
 * const queue = createQueue({ client, store, key });
 * queue.on('failed', (item) => console.warn(item.route, item.failure?.code));
 * await queue.enqueue({ method: 'POST', route: '/v1/participants', body: input, ref: 'p1' });
 * await queue.enqueue({ method: 'POST', route: '/v1/consents', body: { ...consent, participantId: ref('p1') } });
 * ```
 */
export function createQueue(options: QueueOptions): OfflineQueue {
  const { client, store, key } = options;
  const name = options.name ?? 'nayabato-queue';
  const auto = options.autoFlush ?? true;
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 1));
  const connectivity = options.connectivity ?? platformConnectivity();
  const events = new EventEmitter<QueueEvents>();
  const items = new Map<string, QueueItem>();
  /** `id` → the IV of the entry decrypted into `items`, to skip decrypting unchanged entries again. */
  const known = new Map<string, Uint8Array>();
  const quarantined = new Set<string>();
  let online = connectivity.online();
  let persisted: boolean | undefined;
  let retryAt: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let transientFailures = 0;
  let closed = false;
  let nextSeq = 1;
  /** Something was queued since the current flush pass began. */
  let dirty = false;

  const sorted = () => [...items.values()].sort((a, b) => a.seq - b.seq || (a.id < b.id ? -1 : 1));

  async function persist(item: QueueItem): Promise<void> {
    const { id, seq, ...rest } = item;
    const entry = await sealEntry(key, id, seq, rest);
    await store.put(entry);
    items.set(id, item);
    known.set(id, entry.iv);
  }

  async function setAside(entry: StoredEntry, cause: unknown): Promise<void> {
    await store.quarantine(entry);
    items.delete(entry.id);
    known.delete(entry.id);
    quarantined.add(entry.id);
    const error = new QueueTamperedError(
      'A queue entry failed its integrity check and was set aside',
      entry.id,
      {
        cause,
      },
    );
    events.emit('tampered', { id: entry.id, error });
  }

  /** Reads the store again (another tab may have added entries) and decrypts what changed. */
  async function reload(): Promise<void> {
    const entries = await store.list();
    const present = new Set<string>();
    for (const entry of entries) {
      present.add(entry.id);
      nextSeq = Math.max(nextSeq, entry.seq + 1);
      if (sameBytes(known.get(entry.id), entry.iv)) continue;
      try {
        const rest = await openEntry<Omit<QueueItem, 'id' | 'seq'>>(key, entry);
        items.set(entry.id, { ...rest, id: entry.id, seq: entry.seq });
        known.set(entry.id, entry.iv);
      } catch (error) {
        await setAside(entry, error);
      }
    }
    for (const id of items.keys()) if (!present.has(id)) items.delete(id);
    for (const entry of await store.quarantined()) {
      quarantined.add(entry.id);
      nextSeq = Math.max(nextSeq, entry.seq + 1);
    }
  }

  const ready = Promise.resolve().then(async () => {
    await reload();
    const storage = (globalThis as { navigator?: { storage?: StorageManager } }).navigator?.storage;
    if (typeof storage?.persist === 'function') persisted = await storage.persist().catch(() => false);
  });
  // A failed load surfaces on the first call that awaits `ready`; avoid an unhandled rejection meanwhile.
  ready.catch(() => undefined);

  function schedule(delay: number): void {
    if (!auto || closed) return;
    clearTimeout(timer);
    retryAt = Date.now() + delay;
    timer = setTimeout(() => {
      retryAt = undefined;
      void flush().catch(() => undefined);
    }, delay);
  }

  const stopWatching = connectivity.watch((now) => {
    online = now;
    events.emit('connectivity', now);
    if (now && auto) {
      // Coming online ends the backoff wait: the network that failed is probably back.
      clearTimeout(timer);
      retryAt = undefined;
      void flush().catch(() => undefined);
    }
  });

  /** Which fields of each ref's answer the items still to send use. */
  const neededFields = () =>
    refFields([...items.values()].filter((i) => i.state !== 'sent').flatMap((i) => [i.body, i.path]));

  async function fail(item: QueueItem, failure: QueueFailure): Promise<void> {
    const failed: QueueItem = { ...item, state: 'failed', attempts: item.attempts + 1, failure };
    await persist(failed);
    events.emit('failed', view(failed));
  }

  async function confirm(
    item: QueueItem,
    answer: unknown,
    needed: Map<string, Set<string>>,
    results: Map<string, Readonly<Record<string, unknown>>>,
  ): Promise<void> {
    const sent: QueueItem = { ...item, state: 'sent', attempts: item.attempts + 1 };
    if (item.ref) {
      // Later writes may refer to this answer: keep the fields they use (and the id) until the end of
      // the flush, and past it while a write still in the queue needs them.
      const result: Record<string, unknown> = {};
      for (const field of new Set(['id', ...(needed.get(item.ref) ?? [])]))
        result[field] = (answer as Record<string, unknown> | undefined)?.[field];
      const { failure: _, ...kept } = sent;
      await persist({ ...kept, result });
      results.set(item.ref, result);
    } else {
      await store.delete(item.id);
      items.delete(item.id);
      known.delete(item.id);
    }
    events.emit('sent', view(sent));
  }

  /** Deletes confirmed items whose answers no write still needs. */
  async function prune(): Promise<void> {
    const needed = neededFields();
    for (const item of sorted()) {
      if (item.state === 'sent' && !(item.ref && needed.has(item.ref))) {
        await store.delete(item.id);
        items.delete(item.id);
        known.delete(item.id);
      }
    }
  }

  /** Passes over the queue until a pass finds nothing newly queued (enqueue during a pass sets `dirty`). */
  async function flushOnce(): Promise<FlushResult> {
    await ready;
    let sent = 0;
    let waiting = false;
    do {
      dirty = false;
      const pass = await flushPass();
      sent += pass.sent;
      waiting = pass.waiting;
    } while (dirty && !waiting && !closed);
    await prune();
    const all = [...items.values()].filter((i) => i.state !== 'sent');
    const failed = all.filter((i) => i.state === 'failed').length;
    return { sent, failed, pending: all.length - failed };
  }

  /** Sends one item; says what happened to it. */
  async function sendOne(
    item: QueueItem,
    needed: Map<string, Set<string>>,
    results: Map<string, Readonly<Record<string, unknown>>>,
  ): Promise<'sent' | 'failed' | 'waiting' | 'stopped'> {
    const body = item.body === undefined ? undefined : resolveRefs(item.body, results);
    const path = item.path === undefined ? undefined : resolveRefs(item.path, results);
    if ((item.body !== undefined && body === undefined) || (item.path !== undefined && path === undefined)) {
      const missing = [...refsIn([item.body, item.path])].filter((r) => !results.has(r));
      await fail(item, { kind: 'dependency', code: `waiting-for:${missing.join(',')}`, status: undefined });
      return 'failed';
    }
    const sending: QueueItem = { ...item, state: 'sending' };
    items.set(item.id, sending);
    events.emit('sending', view(sending));
    let answer: unknown;
    try {
      answer = await client.request(
        { method: item.method, route: item.route, path: path as Record<string, string> | undefined, body },
        {
          idempotencyKey: item.idempotencyKey,
          ...(item.ifMatch ? { headers: { 'if-match': item.ifMatch } } : {}),
        },
      );
    } catch (error) {
      if (closed) return 'stopped';
      const failure = classifyFailure(error);
      if (failure) {
        await fail(item, failure);
        return 'failed';
      }
      // Transient: the write may or may not have been done; it stays queued with its key, so the
      // resend is answered from the registry's stored response if it was.
      items.set(item.id, item);
      transientFailures++;
      const delay = backoffDelay(transientFailures, options.backoff);
      events.emit('waiting', {
        item: view(item),
        reason: (error as { kind?: string }).kind ?? 'unknown',
        delay,
      });
      schedule(delay);
      return 'waiting';
    }
    transientFailures = 0;
    await confirm(item, answer, needed, results);
    return 'sent';
  }

  /**
   * One pass: with `concurrency` 1, every item in queue order; otherwise up to `concurrency` groups at a
   * time, each group in its own order. A failure holds back the rest of its group; a transient failure
   * stops the pass (the network is probably gone for all).
   */
  async function flushPass(): Promise<{ sent: number; waiting: boolean }> {
    await reload();
    let sent = 0;
    let waiting = false;
    const blocked = new Set<string>();
    // Computed once per pass (a pass over n items must not walk all n bodies per item).
    const needed = neededFields();
    const results = new Map<string, Readonly<Record<string, unknown>>>();
    for (const other of items.values()) if (other.ref && other.result) results.set(other.ref, other.result);
    const runLane = async (lane: readonly QueueItem[]) => {
      for (const item of lane) {
        if (closed || waiting || !online) return;
        const group = item.group ?? 'default';
        if (item.state === 'sent' || blocked.has(group)) continue;
        if (item.state === 'failed') {
          blocked.add(group);
          continue;
        }
        const outcome = await sendOne(item, needed, results);
        if (outcome === 'sent') sent++;
        else if (outcome === 'failed') blocked.add(group);
        else if (outcome === 'waiting') waiting = true;
        else return;
      }
    };
    const all = sorted();
    if (concurrency <= 1) {
      await runLane(all);
    } else {
      const lanes = new Map<string, QueueItem[]>();
      for (const item of all) {
        const group = item.group ?? 'default';
        const lane = lanes.get(group) ?? [];
        lane.push(item);
        lanes.set(group, lane);
      }
      const queued = [...lanes.values()];
      let next = 0;
      const worker = async () => {
        while (next < queued.length && !waiting && !closed) await runLane(queued[next++] ?? []);
      };
      await Promise.all(Array.from({ length: concurrency }, worker));
    }
    return { sent, waiting };
  }

  async function flush(): Promise<FlushResult> {
    if (closed) return { sent: 0, failed: 0, pending: 0 };
    const result = await withLock(name, flushOnce);
    if (result) return result;
    // Another tab is flushing and may have missed what this tab queued: look again shortly.
    if (retryAt === undefined) schedule(1000);
    await ready;
    const pending = [...items.values()].filter((i) => i.state !== 'sent');
    return { sent: 0, failed: pending.filter((i) => i.state === 'failed').length, pending: pending.length };
  }

  async function requeue(id: string, change: Partial<QueueItem>): Promise<void> {
    await ready;
    const item = items.get(id);
    if (!item) throw new RangeError(`No queue item ${id}`);
    if (item.state !== 'failed') throw new RangeError(`Queue item ${id} has not failed`);
    const { failure: _, ...rest } = item;
    await persist({ ...rest, ...change, state: 'queued', idempotencyKey: randomKey() });
    dirty = true;
    if (auto) void flush().catch(() => undefined);
  }

  return {
    events,
    on(event, listener) {
      events.on(event, listener as never);
      return () => {
        events.off(event, listener as never);
      };
    },
    async enqueue(write) {
      await ready;
      const item: QueueItem = {
        ...write,
        id: newId(),
        seq: nextSeq++,
        idempotencyKey: randomKey(),
        state: 'queued',
        attempts: 0,
        queuedAt: new Date().toISOString(),
      };
      await persist(item);
      dirty = true;
      events.emit('queued', view(item));
      if (auto && online) void flush().catch(() => undefined);
      return view(item);
    },
    flush,
    snapshot: () => ({
      items: sorted()
        .filter((i) => i.state !== 'sent')
        .map(view),
      quarantined: [...quarantined],
      online,
      persisted,
      retryAt,
    }),
    async get(id) {
      await ready;
      return items.get(id);
    },
    correct: (id, write) => requeue(id, write),
    retry: (id) => requeue(id, {}),
    async discard(id) {
      await ready;
      await store.delete(id);
      items.delete(id);
      known.delete(id);
    },
    async export(passphrase, iterations) {
      await ready;
      await reload();
      return sealExport(sorted(), passphrase, iterations);
    },
    async import(file, passphrase) {
      await ready;
      const imported = await openExport(file, passphrase);
      for (const item of imported) await persist({ ...item, id: newId(), seq: nextSeq++ });
      dirty = true;
      if (auto && online) void flush().catch(() => undefined);
      return imported.length;
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      stopWatching();
      await ready.catch(() => undefined);
      await store.close?.();
    },
  };
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
