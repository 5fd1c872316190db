import type { HttpMethod } from '../transport/transport.js';

/**
 * A reference, inside a queued body or path, to the answer of an earlier queued write: replaced by the
 * value at `field` (default `id`) of that answer when this write is sent. Lets an intake be queued
 * offline as participant, then consent and assessment that name the participant's id, before any id
 * exists. Build one with {@link ref}.
 */
export interface QueueRef {
  /** The `ref` name given to the earlier write. */
  readonly $queueRef: string;
  /** The field of its answer to use. */
  readonly field?: string;
}

/**
 * A write to queue: one call of the contract, with values that may be {@link QueueRef}s.
 *
 * @example
 * ```ts
 * const write: QueuedWrite = { method: 'POST', route: '/v1/participants', body: input, ref: 'p1', group: 'intake-1' };
 * ```
 */
export interface QueuedWrite {
  /** The HTTP method (writes only). */
  readonly method: Exclude<HttpMethod, 'GET'>;
  /** The route template, e.g. `/v1/consents`. */
  readonly route: string;
  /** Values of the route's parameters, e.g. `{ id }`. */
  readonly path?: Readonly<Record<string, string | QueueRef>>;
  /** The JSON body. */
  readonly body?: unknown;
  /**
   * A name under which later writes can refer to this write's answer ({@link ref}). It appears in
   * failure codes (`waiting-for:<name>`): use a local id, never anything personal.
   */
  readonly ref?: string;
  /**
   * Writes of one group are sent strictly in order, and a write that failed holds back the later
   * writes of its group until it is corrected or discarded; other groups go on. Default `'default'`
   * (one group: the whole queue stops behind a failure).
   */
  readonly group?: string;
  /** The ETag the change is based on, sent as `If-Match`: a 412 or 409 becomes a `conflict`. */
  readonly ifMatch?: string;
}

/** Where an item is: `queued` (waiting), `sending`, `sent` (confirmed by the registry), `failed`. */
export type QueueItemState = 'queued' | 'sending' | 'sent' | 'failed';

/**
 * Why an item failed, without any field value. `validation`: the registry (or the client's schema check)
 * refused the body, see `issues`; `conflict`: the record changed meanwhile (409/412), shown to the user,
 * never overwritten; `rejected`: another 4xx (permission, not found, a rule); `dependency`: it refers to
 * a write that has not succeeded.
 */
export interface QueueFailure {
  /** Which kind of failure (see above). */
  readonly kind: 'validation' | 'conflict' | 'rejected' | 'dependency';
  /** The client error's code (e.g. `consent-required`, `idempotency-key-reused`). */
  readonly code: string;
  /** The HTTP status, when the registry answered. */
  readonly status: number | undefined;
  /** Field-level issues (JSON pointers and codes), for validation failures. */
  readonly issues?: readonly {
    /** JSON pointer of the field, e.g. `/gender`. */
    readonly pointer: string;
    /** What is wrong with it. */
    readonly code: string;
  }[];
  /** The registry's request id, to quote when asking for support. */
  readonly requestId?: string | undefined;
}

/** What the queue keeps of one write (encrypted at rest as a whole). */
export interface QueueItem extends QueuedWrite {
  /** The queue's id of the item (random, not the record's). */
  readonly id: string;
  /** Its place in the queue (increasing). */
  readonly seq: number;
  /** Sent as `Idempotency-Key` on every attempt, so a resend after a crash creates nothing twice. */
  readonly idempotencyKey: string;
  /** Where the item is. */
  readonly state: QueueItemState;
  /** Attempts that got an answer (or a failure kept). */
  readonly attempts: number;
  /** Why it failed, when `state` is `failed`. */
  readonly failure?: QueueFailure;
  /** The answer's values that later writes refer to (kept only while some queued write needs them). */
  readonly result?: Readonly<Record<string, unknown>>;
  /** When it was queued (ISO 8601). */
  readonly queuedAt: string;
}

/** An item as events and snapshots show it: no body, no path values, no result. */
export interface QueueItemView {
  /** The queue's id of the item. */
  readonly id: string;
  /** Its place in the queue. */
  readonly seq: number;
  /** The HTTP method. */
  readonly method: string;
  /** The route template (never filled in). */
  readonly route: string;
  /** Its group (`default` unless given). */
  readonly group: string;
  /** Where it is. */
  readonly state: QueueItemState;
  /** Attempts that got an answer. */
  readonly attempts: number;
  /** Why it failed, when `state` is `failed`. */
  readonly failure?: QueueFailure;
}

/**
 * The queue at one moment.
 *
 * @example
 * ```ts
 * const { items, quarantined, online } = queue.snapshot();
 * ```
 */
export interface QueueSnapshot {
  /** Items still in the queue, in order (sent items leave it). */
  readonly items: readonly QueueItemView[];
  /** Ids of entries set aside because they failed their integrity check. */
  readonly quarantined: readonly string[];
  /** Whether the platform is online. */
  readonly online: boolean;
  /** Whether the browser granted persistent storage (undefined outside browsers or before the answer). */
  readonly persisted: boolean | undefined;
  /** When the next automatic flush is due (epoch ms), after a transient failure. */
  readonly retryAt: number | undefined;
}

/**
 * Builds a {@link QueueRef}.
 *
 * @example
 * ```ts
 * queue.enqueue({ method: 'POST', route: '/v1/consents', body: { ...consent, participantId: ref('p1') } });
 * ```
 */
export function ref(name: string, field = 'id'): QueueRef {
  return { $queueRef: name, field };
}
