import { EventEmitter } from 'eventemitter3';
import type { NayaBatoClient } from '../client.js';
import { QueueTamperedError } from '../errors/queue-tampered-error.js';
import { randomKey } from '../transport/random-key.js';
import { type BackoffOptions, backoffDelay } from './backoff.js';
import { openEntry, type StoredEntry, sealEntry } from './cipher.js';
import { classifyFailure } from './classify.js';
import { type Connectivity, platformConnectivity } from './connectivity.js';
import type { QueueEvents } from './events.js';
import { openExport, type QueueExport, sealExport } from './handover.js';
import { withLock } from './lock.js';
import { refsIn, resolveRefs } from './refs.js';
import type { QueueStore } from './store.js';
import type { QueuedWrite, QueueFailure, QueueItem, QueueItemView, QueueSnapshot } from './types.js';

/** Options of {@link createQueue}. */
export interface QueueOptions {
  /** The client that sends the writes (its retries, auth and idempotency keys apply). */
  readonly client: Pick<NayaBatoClient, 'request'>;
  /** Where the encrypted entries live ({@link openIndexedDbQueue}, {@link createFileStore}, your own). */
  readonly store: QueueStore;
  /** The non-extractable AES-GCM key ({@link generateQueueKey}, {@link importQueueKey}, or the IndexedDB one). */
  readonly key: CryptoKey;
  /**
   * The Web Lock's name: queues of one name flush one at a time across tabs.
   * @default 'nayabato-queue'
   */
  readonly name?: string;
  /** Waits after transient failures. */
  readonly backoff?: BackoffOptions;
  /**
   * Flush by itself: after `enqueue`, when the platform comes online, and after a backoff wait.
   * @default true
   */
  readonly autoFlush?: boolean;
  /**
   * How many groups are sent at a time. With 1, every write goes out in queue order; with more, writes
   * of one group still go out in order, but groups overlap (and a `ref` must then name a write of the
   * same group).
   * @default 1
   */
  readonly concurrency?: number;
  /** Where online/offline comes from (default: `navigator.onLine` and its events). */
  readonly connectivity?: Connectivity;
}

/** What one flush did. */
export interface FlushResult {
  readonly sent: number;
  /** Items now failed (kept for correction). */
  readonly failed: number;
  /** Items still waiting (transient failure, offline, held back by a failed one, or another tab flushing). */
  readonly pending: number;
}

/**
 * The offline write queue: writes are encrypted and stored at once, then sent in order with their own
 * idempotency keys, and leave the store only when the registry has confirmed them.
 */
export interface OfflineQueue {
  /** The queue's typed events. */
  readonly events: EventEmitter<QueueEvents>;
  /** Listens to an event; returns a function that stops listening. */
  on<E extends keyof QueueEvents>(event: E, listener: QueueEvents[E]): () => void;
  /** Encrypts and stores a write (durable when this resolves), then flushes if `autoFlush`. */
  enqueue(write: QueuedWrite): Promise<QueueItemView>;
  /** Sends what can be sent now; resolves when done (at once, with nothing sent, if another tab is flushing). */
  flush(): Promise<FlushResult>;
  /** The queue now: items in order with their states, entries set aside, connectivity. */
  snapshot(): QueueSnapshot;
  /** One item decrypted, body included, e.g. to show a failed one for correction. */
  get(id: string): Promise<QueueItem | undefined>;
  /**
   * Replaces the body (and path) of a failed item and queues it again under a new idempotency key (the
   * registry keeps the refused answer under the old key, and the refusal created nothing).
   */
  correct(id: string, write: Pick<QueuedWrite, 'body' | 'path' | 'ifMatch'>): Promise<void>;
  /** Queues a failed item again as it is, under a new idempotency key (e.g. after a conflict was resolved). */
  retry(id: string): Promise<void>;
  /** Removes an item for good: a person's decision, never the queue's. */
  discard(id: string): Promise<void>;
  /** An encrypted copy of the queue for hand-over to another device. */
  export(passphrase: string, iterations?: number): Promise<QueueExport>;
  /** Appends the items of an export (ids renewed, idempotency keys kept); returns how many. */
  import(file: QueueExport, passphrase: string): Promise<number>;
  /** Stops timers and listeners and closes the store; a flush under way stops at its next step. */
  close(): Promise<void>;
}

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
  function neededFields(): Map<string, Set<string>> {
    const needed = new Map<string, Set<string>>();
    const collect = (value: unknown) => {
      const walk = (v: unknown): void => {
        if (typeof v !== 'object' || v === null) return;
        const r = v as { $queueRef?: unknown; field?: string };
        if (typeof r.$queueRef === 'string') {
          const set = needed.get(r.$queueRef) ?? new Set();
          set.add(r.field ?? 'id');
          needed.set(r.$queueRef, set);
          return;
        }
        for (const x of Array.isArray(v) ? v : Object.values(v)) walk(x);
      };
      walk(value);
    };
    for (const item of items.values()) {
      if (item.state !== 'sent') {
        collect(item.body);
        collect(item.path);
      }
    }
    return needed;
  }

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
      events.emit('waiting', { item: view(item), reason: (error as { kind?: string }).kind ?? 'unknown', delay });
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
