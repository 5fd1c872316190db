import type { Placement } from '@nayabato/core';
import type { Principal } from '../auth/principal.js';
import type { Queryable } from '../db/database.js';
import { type KeysetPage, keysetList } from './keyset.js';
import { type DataRow, toRecord } from './rows.js';

/** What `data` of a placement holds: core's `Placement` without the server-set fields. */
export type PlacementData = Omit<Placement, 'id' | 'organizationId' | 'createdAt' | 'updatedAt'>;

/** A row of `placements`, with how the caller relates to it. */
export interface PlacementRow extends DataRow<PlacementData> {
  participant_id: string;
  job_offer_id: string;
  /** `ngo`: the NGO that recorded it; `employer`: the company whose offer it fills. */
  access: 'ngo' | 'employer';
}

/** The API record of a placement row (the NGO's full view). */
export function toPlacement(row: PlacementRow): Placement {
  return toRecord(row) as Placement;
}

/**
 * How the caller ($1) relates to placement `p`: the recording NGO, or the company that owns the offer;
 * null for everyone else (who never sees the placement).
 */
const ACCESS = `case when p.org_id = $1 then 'ngo'
  when exists (select 1 from job_offers jo where jo.id = p.job_offer_id and jo.org_id = $1 offset 0) then 'employer'
  end`;

/** The placements an organisation sees: those it recorded (NGO), those in its offers (company). */
export function placementVisibleSql(principal: Principal): string {
  if (principal.role === 'ngo') return '(p.org_id = $1)';
  if (principal.role === 'corporate')
    return '(exists (select 1 from job_offers jo where jo.id = p.job_offer_id and jo.org_id = $1 offset 0))';
  return '($1::text is null)';
}

const COLUMNS = `p.*, ${ACCESS} as access`;

/** One placement the caller sees, or undefined. */
export async function findVisiblePlacement(
  db: Queryable,
  principal: Principal,
  id: string,
): Promise<PlacementRow | undefined> {
  const [row] = await db.query<PlacementRow>(
    `select ${COLUMNS} from placements p where p.id = $2 and ${placementVisibleSql(principal)}`,
    [principal.orgId, id],
  );
  return row;
}

/** Filters of a placement list (each only when given). */
export interface PlacementFilters {
  readonly jobOfferId: string | null;
  /** Only the NGO may filter by participant: a company's filter on it is refused before the store. */
  readonly participantId: string | null;
  readonly updatedSince: string | null;
}

/** A page of the placements the caller sees. */
export function listVisiblePlacements(
  db: Queryable,
  principal: Principal,
  filters: PlacementFilters,
  page: KeysetPage,
): Promise<PlacementRow[]> {
  return keysetList<PlacementRow>(
    db,
    {
      select: COLUMNS,
      from: 'placements p',
      seq: 'p.seq',
      where: [placementVisibleSql(principal)],
      params: [principal.orgId],
      filters: [
        [(v) => `p.job_offer_id = ${v}`, filters.jobOfferId],
        [(v) => `p.participant_id = ${v}`, filters.participantId],
        [(v) => `p.updated_at >= ${v}::timestamptz`, filters.updatedSince],
      ],
    },
    page,
  );
}

/**
 * Stores a new placement; undefined when its placement code is taken (the caller draws another), so
 * two placements never share a code.
 */
export async function insertPlacement(
  db: Queryable,
  placement: Placement,
): Promise<PlacementRow | undefined> {
  const { id, organizationId, createdAt: _c, updatedAt: _u, ...data } = placement;
  const [row] = await db.query<PlacementRow>(
    `insert into placements as p (id, org_id, participant_id, data) values ($1, $2, $3, $4)
     on conflict (placement_code) do nothing returning p.*, 'ngo' as access`,
    [id, organizationId, placement.participantId, JSON.stringify(data)],
  );
  return row;
}

/**
 * Replaces a placement's data (a retention check recorded), only if nobody changed it since it was read
 * as `before` (two checks recorded at once must not undo each other); the caller's view comes back.
 */
export async function updatePlacement(
  db: Queryable,
  principal: Principal,
  id: string,
  before: PlacementData,
  data: PlacementData,
): Promise<PlacementRow | undefined> {
  const [row] = await db.query<PlacementRow>(
    `update placements p set data = $3, updated_at = now() where p.id = $2 and p.data = $4::jsonb
     returning ${COLUMNS}`,
    [principal.orgId, id, JSON.stringify(data), JSON.stringify(before)],
  );
  return row;
}
