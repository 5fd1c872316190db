import { randomBytes } from 'node:crypto';
import type { Queryable } from '../db/database.js';
import { type KeysetPage, keysetList } from './keyset.js';
import { iso, isoOrNull } from './rows.js';

/** The events a partner may subscribe to. */
export const WEBHOOK_EVENT_TYPES = [
  'referral.sent',
  'referral.accepted',
  'referral.completed',
  'referral.rejected',
  'job_offer.published',
  'placement.started',
  'consent.withdrawn',
  'support_request.answered',
] as const;

/** One of {@link WEBHOOK_EVENT_TYPES}. */
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** The type of the event `POST /v1/webhook-endpoints/{id}/test` sends (to that endpoint only). */
export const WEBHOOK_TEST_EVENT = 'webhook.test';

/** Ids, statuses and codes only: an event never carries a personal field or free text. */
export type WebhookEventData = Record<string, string | number | boolean | null>;

/**
 * Writes an event to the outbox and one pending delivery per enabled endpoint subscribed to its type
 * among `orgIds` (the organisations entitled to the record). Call it with the transaction of the change:
 * a rolled-back change then sends nothing.
 *
 * @example
 * ```ts
 * await enqueueWebhookEvent(c.var.db, 'referral.accepted', { referralId: row.id, status: 'accepted' }, [row.from_org, row.to_org]);
 * ```
 */
export async function enqueueWebhookEvent(
  db: Queryable,
  type: WebhookEventType | typeof WEBHOOK_TEST_EVENT,
  data: WebhookEventData,
  orgIds: readonly string[],
  onlyEndpointId?: string,
): Promise<{ eventId: string; deliveryIds: string[] }> {
  const eventId = `msg_${randomBytes(12).toString('hex')}`;
  const payload = JSON.stringify({ type, timestamp: new Date().toISOString(), data });
  await db.query('insert into webhook_events (id, type, payload) values ($1, $2, $3)', [
    eventId,
    type,
    payload,
  ]);
  const rows = await db.query<{ id: string }>(
    `insert into webhook_deliveries (id, event_id, endpoint_id, org_id)
     select 'whd_' || substr(md5(e.id || $1), 1, 24), $1, e.id, e.org_id
     from webhook_endpoints e
     where e.org_id = any($2::text[]) and not e.disabled
       and ($4::text is null and $3 = any(e.events) or e.id = $4)
     returning id`,
    [eventId, [...new Set(orgIds)], type, onlyEndpointId ?? null],
  );
  return { eventId, deliveryIds: rows.map((r) => r.id) };
}

/** A row of `webhook_deliveries`, with its event's type. */
export interface WebhookDeliveryRow {
  id: string;
  event_id: string;
  endpoint_id: string;
  org_id: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  next_attempt_at: Date;
  last_status_code: number | null;
  delivered_at: Date | null;
  seq: number;
  created_at: Date;
  type: string;
}

/** A row of `webhook_attempts`. */
export interface WebhookAttemptRow {
  id: string;
  delivery_id: string;
  attempted_at: Date;
  status_code: number | null;
  duration_ms: number;
  error: string | null;
}

/** The API record of a delivery and its attempts (no payload: the partner's receiver has it). */
export function toWebhookDelivery(row: WebhookDeliveryRow, attempts: readonly WebhookAttemptRow[]) {
  return {
    id: row.id,
    eventId: row.event_id,
    endpointId: row.endpoint_id,
    type: row.type,
    status: row.status,
    nextAttemptAt: row.status === 'pending' ? iso(row.next_attempt_at) : null,
    deliveredAt: isoOrNull(row.delivered_at),
    createdAt: iso(row.created_at),
    attempts: attempts.map((a) => ({
      attemptedAt: iso(a.attempted_at),
      statusCode: a.status_code,
      durationMs: a.duration_ms,
      error: a.error,
    })),
  };
}

const DELIVERY = `(select d.*, ev.type from webhook_deliveries d join webhook_events ev on ev.id = d.event_id) d`;

/** A page of an endpoint's deliveries, each with its attempts. */
export async function listWebhookDeliveries(
  db: Queryable,
  endpointId: string,
  page: KeysetPage,
): Promise<{ rows: WebhookDeliveryRow[]; attempts: Map<string, WebhookAttemptRow[]> }> {
  const rows = await keysetList<WebhookDeliveryRow>(
    db,
    { from: DELIVERY, where: ['d.endpoint_id = $1'], params: [endpointId], seq: 'd.seq' },
    page,
  );
  return {
    rows,
    attempts: await attemptsOf(
      db,
      rows.map((r) => r.id),
    ),
  };
}

/** The attempts of some deliveries, by delivery id, oldest first. */
async function attemptsOf(db: Queryable, ids: readonly string[]): Promise<Map<string, WebhookAttemptRow[]>> {
  const map = new Map<string, WebhookAttemptRow[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return map;
  const rows = await db.query<WebhookAttemptRow>(
    'select * from webhook_attempts where delivery_id = any($1::text[]) order by id',
    [[...ids]],
  );
  for (const row of rows) map.get(row.delivery_id)?.push(row);
  return map;
}

/** One delivery of an endpoint with its attempts, or undefined. */
export async function findWebhookDelivery(
  db: Queryable,
  endpointId: string,
  id: string,
): Promise<{ row: WebhookDeliveryRow; attempts: WebhookAttemptRow[] } | undefined> {
  const [row] = await db.query<WebhookDeliveryRow>(
    `select * from ${DELIVERY} where d.endpoint_id = $1 and d.id = $2`,
    [endpointId, id],
  );
  if (!row) return undefined;
  return { row, attempts: (await attemptsOf(db, [row.id])).get(row.id) ?? [] };
}

/** Makes a delivery due again now with a fresh count of attempts (its history is kept). */
export async function replayWebhookDelivery(db: Queryable, id: string): Promise<void> {
  await db.query(
    `update webhook_deliveries set status = 'pending', attempts = 0, next_attempt_at = now(), claim = null
     where id = $1`,
    [id],
  );
}

/** A delivery claimed by the worker: what it needs to post it. */
export interface ClaimedDelivery {
  id: string;
  event_id: string;
  attempts: number;
  payload: string;
  url: string;
  secret: string;
  previous_secret: string | null;
  previous_valid: boolean;
}

/**
 * Claims up to `limit` due deliveries for `leaseSeconds`: they are pushed past the lease under
 * `for update skip locked`, so another process skips them, and come back due by themselves if this one
 * dies before recording the attempt. Deliveries of disabled endpoints wait.
 */
export function claimDueDeliveries(
  db: Queryable,
  claim: string,
  limit: number,
  leaseSeconds: number,
): Promise<ClaimedDelivery[]> {
  return db.query<ClaimedDelivery>(
    `with due as (
       select d.id from webhook_deliveries d join webhook_endpoints e on e.id = d.endpoint_id
       where d.status = 'pending' and d.next_attempt_at <= now() and not e.disabled
       order by d.next_attempt_at limit $2
       for update of d skip locked
     ), claimed as (
       update webhook_deliveries d set claim = $1, next_attempt_at = now() + make_interval(secs => $3)
       from due where d.id = due.id
       returning d.id, d.event_id, d.endpoint_id, d.attempts
     )
     select c.id, c.event_id, c.attempts, ev.payload, e.url, e.secret, e.previous_secret,
       coalesce(e.previous_secret_expires_at > now(), false) as previous_valid
     from claimed c join webhook_events ev on ev.id = c.event_id join webhook_endpoints e on e.id = c.endpoint_id`,
    [claim, limit, leaseSeconds],
  );
}

/**
 * Records one attempt and the delivery's next state, only while this worker's claim holds (a delivery
 * replayed or re-claimed meanwhile is left alone). `retryInSeconds` null: no retry (delivered, or given
 * up).
 */
export async function recordWebhookAttempt(
  db: Queryable,
  claim: string,
  id: string,
  attempt: { statusCode: number | null; durationMs: number; error: string | null },
  outcome: { status: 'pending' | 'delivered' | 'failed'; retryInSeconds: number | null },
): Promise<boolean> {
  // One statement: the delivery's state and its attempt are seen together or not at all.
  const rows = await db.query<{ id: string }>(
    `with moved as (
       update webhook_deliveries set status = $3, attempts = attempts + 1, last_status_code = $4, claim = null,
         delivered_at = case when $3 = 'delivered' then now() else delivered_at end,
         next_attempt_at = case when $5::float8 is null then next_attempt_at else now() + make_interval(secs => $5) end
       where id = $1 and claim = $2 returning id
     )
     insert into webhook_attempts (delivery_id, status_code, duration_ms, error)
     select id, $4, $6, $7 from moved returning delivery_id as id`,
    [
      id,
      claim,
      outcome.status,
      attempt.statusCode,
      outcome.retryInSeconds,
      attempt.durationMs,
      attempt.error,
    ],
  );
  return rows.length > 0;
}

/** How many deliveries are waiting (the backlog). */
export async function pendingWebhookDeliveries(db: Queryable): Promise<number> {
  const [row] = await db.query<{ n: string }>(
    `select count(*) as n from webhook_deliveries where status = 'pending'`,
  );
  return Number(row?.n ?? 0);
}
