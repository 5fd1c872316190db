import type { QueueTamperedError } from '../errors/queue-tampered-error.js';
import type { QueueItemView } from './types.js';

/** A transient failure: the item stays queued and the queue waits before the next attempt. */
export interface QueueWaitingEvent {
  /** The item that will be sent again. */
  readonly item: QueueItemView;
  /** The client error's kind (`network`, `timeout`, `server`, `rate_limited`, …). */
  readonly reason: string;
  /** Milliseconds until the next automatic flush. */
  readonly delay: number;
}

/** An entry that failed its integrity check and was moved aside. */
export interface QueueTamperedEvent {
  /** The entry's id. */
  readonly id: string;
  /** The typed error, with `entryId`. */
  readonly error: QueueTamperedError;
}

/**
 * The queue's events and their payloads (eventemitter3, like the client's). Payloads never carry a
 * body, a path value or an answer: only ids, routes, states and failure codes.
 *
 * @example
 * ```ts
 * queue.on('failed', (item) => showForCorrection(item.id, item.failure));
 * queue.on('sent', (item) => console.log(`${item.route} confirmed`));
 * ```
 */
export interface QueueEvents {
  /** A write was encrypted and stored. */
  queued: (item: QueueItemView) => void;
  /** A write is going out. */
  sending: (item: QueueItemView) => void;
  /** The registry confirmed the write; the item has left the queue. */
  sent: (item: QueueItemView) => void;
  /** Refused by the registry (validation, conflict, rejected) or blocked (dependency): kept. */
  failed: (item: QueueItemView) => void;
  /** A transient failure (network, timeout, 5xx, 429, 401): the queue waits, then tries again. */
  waiting: (event: QueueWaitingEvent) => void;
  /** An entry failed its integrity check and was set aside. */
  tampered: (event: QueueTamperedEvent) => void;
  /** The platform went online (`true`) or offline. */
  connectivity: (online: boolean) => void;
}
