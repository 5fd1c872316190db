import { type Consent, newId, type Story, type StoryInput } from '@nayabato/core';
import type { Queryable } from '../db/database.js';
import { type KeysetPage, keysetList } from './keyset.js';
import { type BaseRow, toRecord } from './rows.js';

/** A row of `stories`: core's story document (without the server-set fields) in `data`. */
export interface StoryRow extends BaseRow {
  org_id: string;
  participant_id: string;
  data: StoryInput;
}

/** A story row joined with the publication consent it names, for the public reads. */
export interface PublishedStoryRow extends StoryRow {
  consent_id: string;
  consent_org_id: string;
  consent_data: Record<string, unknown>;
  consent_created_at: Date;
  consent_updated_at: Date;
}

/** The API representation of a stored story. */
export function toStory(row: StoryRow): Story {
  return toRecord(row);
}

/** The publication consent joined to a public row, as core's `Consent` (for `publishableStory`). */
export function consentOf(row: PublishedStoryRow): Consent {
  return toRecord({
    id: row.consent_id,
    org_id: row.consent_org_id,
    data: row.consent_data,
    seq: 0,
    created_at: row.consent_created_at,
    updated_at: row.consent_updated_at,
  }) as unknown as Consent;
}

/** One story of organisation `orgId`, or undefined when it does not exist or is another's. */
export async function findOwnStory(db: Queryable, orgId: string, id: string): Promise<StoryRow | undefined> {
  const [row] = await db.query<StoryRow>('select * from stories where id = $1 and org_id = $2', [id, orgId]);
  return row;
}

/** Filters of the registering NGO's own story list. */
export interface StoryFilters {
  readonly updatedSince?: string | null;
  readonly participantId?: string | undefined;
  /** Only stories of this organisation (for the NGO: its own id, or nothing comes back). */
  readonly organizationId?: string | undefined;
}

/** A page of organisation `orgId`'s own stories. */
export function listOwnStories(
  db: Queryable,
  orgId: string,
  filters: StoryFilters,
  page: KeysetPage,
): Promise<StoryRow[]> {
  return keysetList<StoryRow>(
    db,
    {
      from: 'stories',
      where: ['org_id = $1'],
      params: [orgId],
      filters: [
        [(v) => `updated_at >= ${v}::timestamptz`, filters.updatedSince || null],
        [(v) => `participant_id = ${v}`, filters.participantId || null],
        [(v) => `org_id = ${v}`, filters.organizationId || null],
      ],
    },
    page,
  );
}

/**
 * Stories joined with the publication consent they name, kept only while that consent can cover
 * anything now: same participant, purpose `publication`, given, neither withdrawn nor expired. Core's
 * `publishableStory` then decides item by item on the consent read in this same query, so a withdrawal
 * committed before the request is seen by it (no cache in between).
 */
const PUBLISHED_FROM = `(select s.*, c.id as consent_id, c.org_id as consent_org_id, c.data as consent_data,
    c.created_at as consent_created_at, c.updated_at as consent_updated_at
  from stories s join consents c on c.id = s.publication_consent_id and c.participant_id = s.participant_id
  where c.purpose = 'publication' and c.withdrawn_at is null
    and (c.data->>'givenAt')::timestamptz <= now()
    and (c.data->>'expiresAt' is null or (c.data->>'expiresAt')::timestamptz > now())) v`;

/** A page of stories that may have something published now (programme-wide, or of one organisation). */
export function listPublishedStories(
  db: Queryable,
  organizationId: string | undefined,
  page: KeysetPage,
): Promise<PublishedStoryRow[]> {
  return keysetList<PublishedStoryRow>(
    db,
    organizationId
      ? { from: PUBLISHED_FROM, where: ['org_id = $1'], params: [organizationId] }
      : { from: PUBLISHED_FROM },
    page,
  );
}

/** One story that may have something published now, or undefined. */
export async function findPublishedStory(db: Queryable, id: string): Promise<PublishedStoryRow | undefined> {
  const [row] = await db.query<PublishedStoryRow>(`select * from ${PUBLISHED_FROM} where id = $1`, [id]);
  return row;
}

/** Records a story of organisation `orgId`. */
export async function insertStory(db: Queryable, orgId: string, input: StoryInput): Promise<StoryRow> {
  const [row] = await db.query<StoryRow>(
    'insert into stories (id, org_id, participant_id, data) values ($1, $2, $3, $4) returning *',
    [newId('story'), orgId, input.participantId, JSON.stringify(input)],
  );
  return row!;
}

/** Replaces a story's document (the participant stays the one it was recorded for). */
export async function updateStory(db: Queryable, id: string, input: StoryInput): Promise<StoryRow> {
  const [row] = await db.query<StoryRow>(
    'update stories set data = $2, updated_at = now() where id = $1 returning *',
    [id, JSON.stringify(input)],
  );
  return row!;
}

/** The organisation's participant `participantId`, when it registered it. */
export async function ownsParticipant(db: Queryable, orgId: string, participantId: string): Promise<boolean> {
  const rows = await db.query('select 1 from participants where id = $1 and org_id = $2', [
    participantId,
    orgId,
  ]);
  return rows.length > 0;
}

/** Whether consent `consentId` is a publication consent of participant `participantId`. */
export async function isPublicationConsentOf(
  db: Queryable,
  consentId: string,
  participantId: string,
): Promise<boolean> {
  const rows = await db.query(
    "select 1 from consents where id = $1 and participant_id = $2 and purpose = 'publication'",
    [consentId, participantId],
  );
  return rows.length > 0;
}

/** A stored (already re-encoded) photo. */
export interface StoryPhotoRow {
  story_id: string;
  content_type: string;
  bytes: Uint8Array;
  width: number;
  height: number;
  version: number;
}

/** Stores or replaces the photo of a story; returns its new version. */
export async function upsertStoryPhoto(
  db: Queryable,
  storyId: string,
  photo: { contentType: string; bytes: Uint8Array; width: number; height: number },
): Promise<number> {
  const [row] = await db.query<{ version: number }>(
    `insert into story_photos (story_id, content_type, bytes, width, height) values ($1, $2, $3, $4, $5)
     on conflict (story_id) do update set content_type = excluded.content_type, bytes = excluded.bytes,
       width = excluded.width, height = excluded.height, version = story_photos.version + 1, updated_at = now()
     returning version`,
    [storyId, photo.contentType, photo.bytes, photo.width, photo.height],
  );
  return Number(row!.version);
}

/** The photo of a story, or undefined. */
export async function findStoryPhoto(db: Queryable, storyId: string): Promise<StoryPhotoRow | undefined> {
  const [row] = await db.query<StoryPhotoRow>('select * from story_photos where story_id = $1', [storyId]);
  return row;
}

/** Removes the photo of a story (its bytes and the story's `photoRef`). */
export async function deleteStoryPhoto(db: Queryable, storyId: string): Promise<void> {
  await db.query('delete from story_photos where story_id = $1', [storyId]);
  await db.query("update stories set data = data - 'photoRef', updated_at = now() where id = $1", [storyId]);
}

/** Points the story's `photoRef` at its stored photo. */
export async function setPhotoRef(db: Queryable, storyId: string, photoRef: string): Promise<StoryRow> {
  const [row] = await db.query<StoryRow>(
    `update stories set data = jsonb_set(data, '{photoRef}', to_jsonb($2::text)), updated_at = now()
     where id = $1 returning *`,
    [storyId, photoRef],
  );
  return row!;
}
