import { newId, type TrainingProgramme, type TrainingProgrammeInput } from '@nayabato/core';
import type { Principal } from '../auth/principal.js';
import type { Queryable } from '../db/database.js';
import { type KeysetPage, keysetList } from './keyset.js';
import { type BaseRow, toRecord } from './rows.js';

/**
 * A row of `training_programmes`, with the caller's access: `owner` (the organisation that recorded it,
 * which may edit it) or `reader` (any other partner, once it is published).
 */
export interface TrainingProgrammeRow extends BaseRow {
  org_id: string;
  provider_org: string;
  published: boolean;
  data: TrainingProgrammeInput;
  access: 'owner' | 'reader' | null;
}

/** The API representation of a stored programme. */
export function toTrainingProgramme(row: TrainingProgrammeRow): TrainingProgramme {
  return toRecord(row);
}

/**
 * The caller's access to programme `t` ($1 is the caller's organisation). Programmes hold no personal
 * data: every partner reads the published ones (an NGO chooses where to refer), the recorder all of its own.
 */
const ACCESS = `case when t.org_id = $1 then 'owner' when t.published then 'reader' end`;

/** One programme visible to the caller, or undefined. */
export async function findVisibleTrainingProgramme(
  db: Queryable,
  principal: Principal,
  id: string,
): Promise<TrainingProgrammeRow | undefined> {
  const [row] = await db.query<TrainingProgrammeRow>(
    `select * from (select t.*, ${ACCESS} as access from training_programmes t where t.id = $2) v
     where access is not null`,
    [principal.orgId, id],
  );
  return row;
}

/** Filters of a programme list (each only when given). */
export interface TrainingProgrammeFilters {
  readonly district: string | null;
  readonly trade: string | null;
  readonly status: string | null;
  /** Only those run by this organisation. */
  readonly providerOrganizationId: string | null;
  readonly updatedSince: string | null;
}

/** A page of the programmes visible to the caller. */
export function listVisibleTrainingProgrammes(
  db: Queryable,
  principal: Principal,
  filters: TrainingProgrammeFilters,
  page: KeysetPage,
): Promise<TrainingProgrammeRow[]> {
  return keysetList<TrainingProgrammeRow>(
    db,
    {
      from: `(select t.*, ${ACCESS} as access from training_programmes t) v`,
      where: ['access is not null'],
      params: [principal.orgId],
      filters: [
        [(v) => `district = ${v}`, filters.district],
        [(v) => `trade = ${v}`, filters.trade],
        [(v) => `data->>'status' = ${v}`, filters.status],
        [(v) => `provider_org = ${v}`, filters.providerOrganizationId],
        [(v) => `updated_at >= ${v}::timestamptz`, filters.updatedSince],
      ],
    },
    page,
  );
}

/** Stores a new programme recorded by `orgId`. */
export async function insertTrainingProgramme(
  db: Queryable,
  orgId: string,
  input: TrainingProgrammeInput,
): Promise<TrainingProgrammeRow> {
  const [row] = await db.query<TrainingProgrammeRow>(
    `insert into training_programmes (id, org_id, data) values ($1, $2, $3) returning *, 'owner' as access`,
    [newId('trainingProgramme'), orgId, JSON.stringify(input)],
  );
  return row!;
}

/** Replaces a programme's record. */
export async function updateTrainingProgramme(
  db: Queryable,
  id: string,
  input: TrainingProgrammeInput,
): Promise<TrainingProgrammeRow> {
  const [row] = await db.query<TrainingProgrammeRow>(
    `update training_programmes set data = $2, updated_at = now() where id = $1 returning *, 'owner' as access`,
    [id, JSON.stringify(input)],
  );
  return row!;
}

/** A programme run by organisation `providerOrg` (where it records enrolments), or undefined. */
export async function findProvidedProgramme(
  db: Queryable,
  providerOrg: string,
  id: string,
): Promise<{ id: string } | undefined> {
  const [row] = await db.query<{ id: string }>(
    'select id from training_programmes where id = $1 and provider_org = $2',
    [id, providerOrg],
  );
  return row;
}
