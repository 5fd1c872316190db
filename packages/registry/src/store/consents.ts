import type { Consent } from '@nayabato/core';
import type { Queryable } from '../db/database.js';
import type { DocumentRow } from './documents.js';
import { type DataRow, toRecord } from './rows.js';

/** The participant's consents as core's `Consent`s, for `consentCovers`. */
export async function participantConsents(db: Queryable, participantId: string): Promise<Consent[]> {
  const rows = await db.query<DataRow<Record<string, unknown>>>(
    'select id, org_id, data, created_at, updated_at from consents where participant_id = $1',
    [participantId],
  );
  return rows.map((r) => toRecord(r) as unknown as Consent);
}

/** Withdraws a consent as of `withdrawnAt` (the record is kept); the row comes back. */
export async function withdrawConsent(db: Queryable, id: string, withdrawnAt: string): Promise<DocumentRow> {
  const [row] = await db.query<DocumentRow>(
    `update consents set withdrawn_at = $2, data = jsonb_set(data, '{withdrawnAt}', to_jsonb($3::text)), updated_at = now()
     where id = $1 returning *`,
    [id, withdrawnAt, withdrawnAt],
  );
  return row!;
}
