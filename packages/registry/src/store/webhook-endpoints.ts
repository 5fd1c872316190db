import { randomBytes } from 'node:crypto';
import type { Queryable } from '../db/database.js';
import { type KeysetPage, keysetList } from './keyset.js';
import { iso, isoOrNull } from './rows.js';

/** A row of `webhook_endpoints`. The secrets are kept in clear: signing needs them. */
export interface WebhookEndpointRow {
  id: string;
  org_id: string;
  url: string;
  events: string[];
  description: string | null;
  secret: string;
  previous_secret: string | null;
  previous_secret_expires_at: Date | null;
  disabled: boolean;
  seq: number;
  created_at: Date;
  updated_at: Date;
}

/** The API record of an endpoint: never its secret. */
export function toWebhookEndpoint(row: WebhookEndpointRow) {
  const previousValid =
    row.previous_secret_expires_at && row.previous_secret_expires_at.getTime() > Date.now();
  return {
    id: row.id,
    organizationId: row.org_id,
    url: row.url,
    events: row.events,
    description: row.description,
    disabled: row.disabled,
    /** While set, the secret a rotation replaced still signs too. */
    previousSecretExpiresAt: previousValid ? isoOrNull(row.previous_secret_expires_at) : null,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

/** What creates or changes an endpoint. */
export interface WebhookEndpointInput {
  readonly url: string;
  readonly events: readonly string[];
  readonly description?: string | null;
}

/**
 * Registers an endpoint with its signing secret (returned here, shown once by the route).
 *
 * @example
 * ```ts
 * const row = await insertWebhookEndpoint(db, orgId, { url: 'https://partner.example/hooks', events: ['referral.sent'] }, secret);
 * ```
 */
export async function insertWebhookEndpoint(
  db: Queryable,
  orgId: string,
  input: WebhookEndpointInput,
  secret: string,
): Promise<WebhookEndpointRow> {
  const [row] = await db.query<WebhookEndpointRow>(
    `insert into webhook_endpoints (id, org_id, url, events, description, secret)
     values ($1, $2, $3, $4, $5, $6) returning *`,
    [
      `whe_${randomBytes(10).toString('hex')}`,
      orgId,
      input.url,
      [...input.events],
      input.description ?? null,
      secret,
    ],
  );
  return row!;
}

/** One endpoint of an organisation (others' are as unknown as missing ones), optionally locked. */
export async function findWebhookEndpoint(
  db: Queryable,
  orgId: string,
  id: string,
  lock = false,
): Promise<WebhookEndpointRow | undefined> {
  const [row] = await db.query<WebhookEndpointRow>(
    `select * from webhook_endpoints where id = $1 and org_id = $2${lock ? ' for update' : ''}`,
    [id, orgId],
  );
  return row;
}

/** A page of an organisation's endpoints. */
export function listWebhookEndpoints(
  db: Queryable,
  orgId: string,
  page: KeysetPage,
): Promise<WebhookEndpointRow[]> {
  return keysetList<WebhookEndpointRow>(
    db,
    { from: 'webhook_endpoints', where: ['org_id = $1'], params: [orgId] },
    page,
  );
}

/** Changes an endpoint's URL, events, description or disabled flag (only the fields given). */
export async function updateWebhookEndpoint(
  db: Queryable,
  id: string,
  patch: Partial<WebhookEndpointInput> & { disabled?: boolean },
): Promise<WebhookEndpointRow> {
  const [row] = await db.query<WebhookEndpointRow>(
    `update webhook_endpoints set
       url = coalesce($2, url),
       events = coalesce($3, events),
       description = case when $4::boolean then $5 else description end,
       disabled = coalesce($6, disabled),
       updated_at = now()
     where id = $1 returning *`,
    [
      id,
      patch.url ?? null,
      patch.events ? [...patch.events] : null,
      patch.description !== undefined,
      patch.description ?? null,
      patch.disabled ?? null,
    ],
  );
  return row!;
}

/** Deletes an endpoint with its deliveries and their attempts. */
export async function deleteWebhookEndpoint(db: Queryable, id: string): Promise<void> {
  await db.query('delete from webhook_endpoints where id = $1', [id]);
}

/**
 * Replaces the signing secret; the old one keeps signing beside it for `graceSeconds`, so that a
 * receiver can switch without missing an event.
 */
export async function rotateWebhookSecret(
  db: Queryable,
  id: string,
  secret: string,
  graceSeconds: number,
): Promise<WebhookEndpointRow> {
  const [row] = await db.query<WebhookEndpointRow>(
    `update webhook_endpoints set previous_secret = secret, secret = $2,
       previous_secret_expires_at = now() + make_interval(secs => $3), updated_at = now()
     where id = $1 returning *`,
    [id, secret, graceSeconds],
  );
  return row!;
}
