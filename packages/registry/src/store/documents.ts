import type { IdKind } from '@nayabato/core';
import type { Principal } from '../auth/principal.js';
import { type BaseRow, toRecord } from './rows.js';
import { referredTo } from './visibility.js';

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
}

/** The API representation of a stored document. */
export function toDocument(row: DocumentRow): Record<string, unknown> {
  return toRecord(row);
}

/**
 * The caller's access to document `d` ($1 is the caller's organisation): `owner` for the organisation
 * that recorded it; `referred` for an NGO holding an active, consented referral that names it.
 */
export function documentAccessSql(kind: DocumentKind, principal: Principal): string {
  if (principal.role !== 'ngo') return 'nullif($1::text, $1::text)';
  if (!kind.referralField) return `case when d.org_id = $1 then 'owner' end`;
  return `case when d.org_id = $1 then 'owner'
    when ${referredTo('d.participant_id', '$1', `r.data->>'${kind.referralField}' = d.id`)} then 'referred' end`;
}
