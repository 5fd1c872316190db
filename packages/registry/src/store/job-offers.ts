import type { JobOffer } from '@nayabato/core';
import type { Principal } from '../auth/principal.js';
import type { Queryable } from '../db/database.js';
import { type KeyedOrder, keysetListBy } from './keyset.js';
import { type DataRow, toRecord } from './rows.js';

/** What `data` of a job offer holds: core's `JobOffer` without the server-set fields. */
export type JobOfferData = Omit<JobOffer, 'id' | 'organizationId' | 'createdAt' | 'updatedAt'>;

/** A row of `job_offers` (generated columns of migration 4 included). */
export interface JobOfferRow extends DataRow<JobOfferData> {
  status: JobOffer['status'];
  /** The sort key of a keyed list, as text. */
  sort_key?: string;
}

/** The API record of a job offer row. */
export function toJobOffer(row: JobOfferRow): JobOffer {
  return toRecord(row) as JobOffer;
}

const COLUMNS = 'o.id, o.org_id, o.data, o.status, o.seq, o.created_at, o.updated_at';

/**
 * An offer is public while it is open and its `validThrough` day (in Nepal, UTC+05:45 without daylight
 * saving, so no time-zone data is needed) has not passed: an expired posting leaves public lists and
 * search engines' JSON-LD at once, even before its company closes it.
 */
const NEPAL_TODAY = `(now() at time zone interval '05:45')::date`;
const PUBLIC = `o.status = 'open' and o.closes_on >= to_char(${NEPAL_TODAY}, 'YYYY-MM-DD')`;

/**
 * The offers a caller sees ($1 is its organisation): a company its own in any status; a publishable key
 * its own organisation's public offers; every other role every public offer (open and not expired;
 * drafts, paused, filled and closed offers are the company's alone).
 */
export function jobOfferVisibleSql(principal: Principal): string {
  if (principal.kind === 'publishable') return `(o.org_id = $1 and ${PUBLIC})`;
  if (principal.role === 'corporate') return '(o.org_id = $1)';
  return `($1::text is not null and ${PUBLIC})`;
}

/** The sorts of the job-offer list, each served by an index of migration 4. */
export const JOB_OFFER_SORTS = {
  /** Newest posting first (offers never opened last). */
  newest: { key: 'o.posted_on', direction: 'desc' },
  /** The soonest `validThrough` first (offers without one last). */
  closing: { key: 'o.closes_on', direction: 'asc' },
  /** The highest minimum monthly wage first. */
  wage: { key: 'o.wage_min', direction: 'desc', type: 'numeric' },
} as const satisfies Record<string, KeyedOrder & { seq?: undefined }>;
/** A sort of the job-offer list. */
export type JobOfferSort = keyof typeof JOB_OFFER_SORTS;

/** Filters of the job-offer list (each only when given). */
export interface JobOfferFilters {
  readonly status: string | null;
  readonly district: string | null;
  readonly trade: string | null;
  readonly employmentType: string | null;
  readonly organizationId: string | null;
  /** A `to_tsquery('simple', …)` text built from the caller's words (see `searchQuery`). */
  readonly search: string | null;
}

/**
 * Turns free search text into a `simple` tsquery: each word (letters, marks, digits; Devanagari included)
 * as a prefix, all required. Null when the text has no word. Words are passed as a parameter, never
 * spliced into SQL, and only word characters reach `to_tsquery`, so no operator can be injected.
 *
 * @example
 * ```ts
 * searchQuery('Cook, Pokhara'); // 'cook:* & pokhara:*'
 * ```
 */
export function searchQuery(text: string): string | null {
  const words = (text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).slice(0, 8);
  return words.length > 0 ? words.map((w) => `${w}:*`).join(' & ') : null;
}

/** A page of the offers the caller sees, in the order of `sort`, after the keyed position `after`. */
export function listVisibleJobOffers(
  db: Queryable,
  principal: Principal,
  filters: JobOfferFilters,
  sort: JobOfferSort,
  page: { readonly after: { key: string; seq: number } | null; readonly limit: number },
): Promise<JobOfferRow[]> {
  return keysetListBy<JobOfferRow>(
    db,
    {
      select: COLUMNS,
      from: 'job_offers o',
      where: [jobOfferVisibleSql(principal)],
      params: [principal.orgId],
      filters: [
        [(v) => `o.status = ${v}`, filters.status],
        [(v) => `o.district = ${v}`, filters.district],
        [(v) => `o.trade = ${v}`, filters.trade],
        [(v) => `o.employment_type = ${v}`, filters.employmentType],
        [(v) => `o.org_id = ${v}`, filters.organizationId],
        [(v) => `o.search @@ to_tsquery('simple', ${v})`, filters.search],
      ],
    },
    JOB_OFFER_SORTS[sort],
    page,
  );
}

/** One offer the caller sees, or undefined. */
export async function findVisibleJobOffer(
  db: Queryable,
  principal: Principal,
  id: string,
): Promise<JobOfferRow | undefined> {
  const [row] = await db.query<JobOfferRow>(
    `select ${COLUMNS} from job_offers o where o.id = $2 and ${jobOfferVisibleSql(principal)}`,
    [principal.orgId, id],
  );
  return row;
}

/** One offer by id whatever its status (for a placement, which may name an open or paused offer). */
export async function findJobOffer(db: Queryable, id: string): Promise<JobOfferRow | undefined> {
  const [row] = await db.query<JobOfferRow>(`select ${COLUMNS} from job_offers o where o.id = $1`, [id]);
  return row;
}

/** Stores a new offer of `orgId`. */
export async function insertJobOffer(
  db: Queryable,
  id: string,
  orgId: string,
  data: JobOfferData,
): Promise<JobOfferRow> {
  const [row] = await db.query<JobOfferRow>(
    `insert into job_offers as o (id, org_id, data) values ($1, $2, $3) returning ${COLUMNS}`,
    [id, orgId, JSON.stringify(data)],
  );
  return row!;
}

/**
 * Replaces an offer's data, only while it is still in status `from` (a concurrent transition makes
 * this return undefined, so an edit never silently undoes a close).
 */
export async function updateJobOffer(
  db: Queryable,
  id: string,
  from: JobOffer['status'],
  data: JobOfferData,
): Promise<JobOfferRow | undefined> {
  const [row] = await db.query<JobOfferRow>(
    `update job_offers o set data = $3, updated_at = now() where o.id = $1 and o.status = $2
     returning ${COLUMNS}`,
    [id, from, JSON.stringify(data)],
  );
  return row;
}

/**
 * Keeps the open offers of `orgIds` on public boards: an open offer whose `validThrough` day has passed
 * in Nepal gets `days` more from today. For the demo only: its synthetic programme ended on a fixed date,
 * and its open offers would otherwise have left every board once their day passed. Answers how many moved.
 *
 * @example
 * ```ts
 * await keepOffersOpen(tx, demoOrgIds, 60);
 * ```
 */
export async function keepOffersOpen(
  db: Queryable,
  orgIds: readonly string[],
  days: number,
): Promise<number> {
  const moved = await db.query<{ id: string }>(
    `update job_offers o
     set data = jsonb_set(o.data, '{validThrough}', to_jsonb(to_char(${NEPAL_TODAY} + $2::int, 'YYYY-MM-DD'))),
       updated_at = now()
     where o.org_id = any($1::text[]) and o.status = 'open' and o.closes_on < to_char(${NEPAL_TODAY}, 'YYYY-MM-DD')
     returning o.id`,
    [orgIds, days],
  );
  return moved.length;
}
