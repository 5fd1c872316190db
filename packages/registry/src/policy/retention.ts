import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database.js';
import { insertAuditRows } from '../store/audit.js';
import { findClosedCases } from '../store/participant-records.js';
import { eraseParticipant } from './erasure.js';

/** Cases anonymised per transaction of a sweep. */
const BATCH = 50;

/**
 * Anonymises, as an erasure does, every participant whose case closed more than `days` days ago (see
 * `findClosedCases`): each in its own transaction with its audit row (actor `system`, purpose
 * `retention`). `days <= 0` does nothing. Returns how many participants it anonymised.
 *
 * @example
 * ```ts
 * await sweepRetention(db, 365 * 5);
 * ```
 */
export async function sweepRetention(db: Database, days: number): Promise<number> {
  if (!(days > 0)) return 0;
  let total = 0;
  for (;;) {
    const cases = await findClosedCases(db, Math.floor(days), BATCH);
    for (const closed of cases) {
      await db.transaction(async (tx) => {
        const result = await eraseParticipant(tx, closed.id, 'retention');
        // Another process's sweep (or an erasure on request) got there first.
        if (!result || result.wasErased) return;
        await insertAuditRows(tx, [
          {
            requestId: `retention-${randomUUID()}`,
            actorOrg: 'system',
            action: 'erase',
            resourceType: 'participant',
            resourceId: closed.id,
            participantId: closed.id,
            purpose: 'retention',
            detail: {
              trigger: 'retention',
              retentionDays: Math.floor(days),
              recordsErased: Object.values(result.erased).reduce((a, b) => a + b, 0),
              storiesDeleted: result.storiesDeleted,
            },
          },
        ]);
      });
      total++;
    }
    if (cases.length < BATCH) return total;
  }
}
