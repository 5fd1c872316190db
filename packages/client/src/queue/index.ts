/**
 * `@nayabato/client/queue`: the client's encrypted offline write queue. A separate entry, so that
 * applications that do not import it carry none of it (nor `idb`).
 *
 * @packageDocumentation
 */
export { QueueTamperedError } from '../errors/queue-tampered-error.js';
export { type BackoffOptions, backoffDelay } from './backoff.js';
export { generateQueueKey, importQueueKey, openEntry, type StoredEntry, sealEntry } from './cipher.js';
export { type Connectivity, platformConnectivity } from './connectivity.js';
export type { QueueEvents, QueueTamperedEvent, QueueWaitingEvent } from './events.js';
export { createFileStore } from './file-store.js';
export { openExport, type QueueExport, sealExport } from './handover.js';
export { type IndexedDbQueue, openIndexedDbQueue, type QueueDb } from './indexeddb-store.js';
export { withLock } from './lock.js';
export type { FlushResult, OfflineQueue, QueueOptions } from './offline-queue.js';
export { createQueue } from './queue.js';
export { createMemoryStore, type QueueStore } from './store.js';
export {
  type QueuedWrite,
  type QueueFailure,
  type QueueItem,
  type QueueItemState,
  type QueueItemView,
  type QueueRef,
  type QueueSnapshot,
  ref,
} from './types.js';
