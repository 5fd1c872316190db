import type { EventEmitter } from 'eventemitter3';
import type { NayaBatoClient } from '../client.js';
import type { BackoffOptions } from './backoff.js';
import type { Connectivity } from './connectivity.js';
import type { QueueEvents } from './events.js';
import type { QueueExport } from './handover.js';
import type { QueueStore } from './store.js';
import type { QueuedWrite, QueueItem, QueueItemView, QueueSnapshot } from './types.js';

/** Options of {@link createQueue}. */
export interface QueueOptions {
  /** The client that sends the writes (its retries, auth and idempotency keys apply). */
  readonly client: Pick<NayaBatoClient, 'request'>;
  /** Where the encrypted entries live (`openIndexedDbQueue`, `createFileStore`, or your own). */
  readonly store: QueueStore;
  /** The non-extractable AES-GCM key (`generateQueueKey`, `importQueueKey`, or the IndexedDB one). */
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
  /** Items the registry confirmed in this flush. */
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
