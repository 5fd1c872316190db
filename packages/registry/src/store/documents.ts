import { type IdKind, newId } from '@nayabato/core';
import type { Principal } from '../auth/principal.js';
import type { Queryable } from '../db/database.js';
import type { KeysetPage } from './keyset.js';
import { keysetList } from './keyset.js';
import { type BaseRow, toRecord } from './rows.js';
import { referralScopeCovers, referredTo } from './visibility.js';

/** A participant document: a consent, a needs assessment or a livelihood plan. */
export interface DocumentRow extends BaseRow {
  participant_id: string;
  org_id: string;
  data: Record<string, unknown>;
  access: 'owner' | 'referred' | null;
}

/** How one kind of participant document is stored and shared. */
export interface DocumentKind {
  readonly table: 'consents' | 'needs_assessments' | 'livelihood_plans';
  readonly idKind: IdKind;
  /** The audit resource type, e.g. `needs_assessment`. */
  readonly resourceType: string;
  /** The referral field that shares one document with the receiver (none for consents). */
  readonly referralField?: 'needsAssessmentId' | 'livelihoodPlanId';
  /** The consent scope item the referral's consent must name for the receiver to read it. */
  readonly scope?: 'needs_assessment' | 'livelihood_plan';
}

/** The API representation of a stored document. */
export function toDocument(row: DocumentRow): Record<string, unknown> {
  return toRecord(row);
}

/**
 * The caller's access to document `d` ($1 is the caller's organisation): `owner` for the organisation
 * that recorded it; `referred` for an NGO holding an active referral that names it, sent under a
 * sharing consent valid now whose scope names the document's kind (never under an override alone).
 */
export function documentAccessSql(kind: DocumentKind, principal: Principal): string {
  if (principal.role !== 'ngo') return 'nullif($1::text, $1::text)';
  if (!kind.referralField || !kind.scope) return `case when d.org_id = $1 then 'owner' end`;
  const names = `r.data->>'${kind.referralField}' = d.id and ${referralScopeCovers(kind.scope)}`;
  return `case when d.org_id = $1 then 'owner'
    when ${referredTo('d.participant_id', '$1', names)} then 'referred' end`;
}

/**
 * {@link documentAccessSql} as non-overlapping conditions (see `KeysetQuery.branches`): the caller's own
 * documents (index on `(org_id, seq)`), then those a referral to it shares (walked by `seq`).
 */
function documentBranches(kind: DocumentKind, principal: Principal): string[] {
  if (principal.role !== 'ngo') return ['$1::text is null'];
  if (!kind.referralField || !kind.scope) return ['d.org_id = $1'];
  const names = `r.data->>'${kind.referralField}' = d.id and ${referralScopeCovers(kind.scope)}`;
  return ['d.org_id = $1', `d.org_id <> $1 and ${referredTo('d.participant_id', '$1', names)}`];
}

/** One document with the caller's access, or undefined when it is not visible. */
export async function findVisibleDocument(
  db: Queryable,
  kind: DocumentKind,
  principal: Principal,
  id: string,
): Promise<DocumentRow | undefined> {
  const [row] = await db.query<DocumentRow>(
    `select * from (select d.*, ${documentAccessSql(kind, principal)} as access from ${kind.table} d where d.id = $2) v
     where access is not null`,
    [principal.orgId, id],
  );
  return row;
}

/** A page of the documents of a kind visible to the caller (of one participant, or changed since). */
export function listVisibleDocuments(
  db: Queryable,
  kind: DocumentKind,
  principal: Principal,
  filters: { participantId: string | null; updatedSince: string | null },
  page: KeysetPage,
): Promise<DocumentRow[]> {
  return keysetList<DocumentRow>(
    db,
    {
      select: `d.*, ${documentAccessSql(kind, principal)} as access`,
      from: `${kind.table} d`,
      seq: 'd.seq',
      branches: documentBranches(kind, principal),
      params: [principal.orgId],
      filters: [
        [(v) => `d.participant_id = ${v}`, filters.participantId],
        [(v) => `d.updated_at >= ${v}::timestamptz`, filters.updatedSince],
      ],
    },
    page,
  );
}

/**
 * Stores a new document for `participantId` recorded by `orgId`; `columns` are its extra indexed
 * columns (e.g. a consent's purpose).
 */
export async function insertDocument(
  db: Queryable,
  kind: DocumentKind,
  doc: { participantId: string; orgId: string; data: unknown; columns: Record<string, unknown> },
): Promise<DocumentRow> {
  const names = Object.keys(doc.columns);
  const cols = ['id', 'participant_id', 'org_id', 'data', ...names];
  const [row] = await db.query<DocumentRow>(
    `insert into ${kind.table} (${cols.join(', ')}) values (${cols.map((_, i) => `$${i + 1}`).join(', ')}) returning *`,
    [
      newId(kind.idKind),
      doc.participantId,
      doc.orgId,
      JSON.stringify(doc.data),
      ...Object.values(doc.columns),
    ],
  );
  return row!;
}

/** Replaces a document's data and extra columns. */
export async function updateDocument(
  db: Queryable,
  kind: DocumentKind,
  id: string,
  data: unknown,
  columns: Record<string, unknown>,
): Promise<DocumentRow> {
  const names = Object.keys(columns);
  const sets = names.map((n, i) => `${n} = $${i + 3}`).join(', ');
  const [row] = await db.query<DocumentRow>(
    `update ${kind.table} set data = $2, updated_at = now() ${sets ? `, ${sets}` : ''} where id = $1 returning *`,
    [id, JSON.stringify(data), ...Object.values(columns)],
  );
  return row!;
}

/**
 * The participant of a needs assessment or livelihood plan recorded by `orgId`, or undefined when it
 * has none such (a referral may link only the sender's own records).
 */
export async function ownDocumentParticipant(
  db: Queryable,
  table: 'needs_assessments' | 'livelihood_plans',
  id: string,
  orgId: string,
): Promise<string | undefined> {
  const [row] = await db.query<{ participant_id: string }>(
    `select participant_id from ${table} where id = $1 and org_id = $2`,
    [id, orgId],
  );
  return row?.participant_id;
}
