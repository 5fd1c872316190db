import type { Context } from 'hono';
import * as z from 'zod/mini';
import { audit } from '../audit.js';
import type { AppEnv } from '../context.js';
import { idParam } from '../contract/operation.js';
import {
  PARTICIPANT_EXPORT_FORMAT,
  ParticipantErasureSchema,
  ParticipantExportSchema,
} from '../contract/participant-rights.js';
import { named } from '../contract/registry.js';
import { Problem } from '../http/problem.js';
import { eraseParticipant } from '../policy/erasure.js';
import { caller, requireRole } from '../policy/require.js';
import { listParticipantAuditEvents, toAuditEvent } from '../store/audit-events.js';
import {
  findErasure,
  listParticipantRecords,
  listParticipantReferrals,
  PARTICIPANT_RECORD_TABLES,
} from '../store/participant-records.js';
import { findVisibleParticipant, toParticipant } from '../store/participants.js';
import { iso, toRecord } from '../store/rows.js';
import { type App, param, route } from './route.js';

const tag = 'Participants';
const ErasureInput = named(
  'ParticipantErasureInput',
  z.strictObject({}),
  'No fields: the request is the participant’s, recorded by the registering NGO.',
);

/** The export's key of each table. */
const EXPORT_KEYS: Record<(typeof PARTICIPANT_RECORD_TABLES)[number], string> = {
  consents: 'consents',
  needs_assessments: 'needsAssessments',
  livelihood_plans: 'livelihoodPlans',
  enrolments: 'enrolments',
  placements: 'placements',
  enterprises: 'enterprises',
  follow_ups: 'followUps',
  service_deliveries: 'serviceDeliveries',
  support_requests: 'supportRequests',
  stories: 'stories',
};

/** The registering NGO's own participant, or the policy's 403/404. */
async function ownParticipant(c: Context<AppEnv>, action: string) {
  const who = caller(c);
  requireRole(who, ['ngo'], action);
  const row = await findVisibleParticipant(c.var.db, who, param(c, 'id'));
  if (!row) throw new Problem('not-found', 'No such participant is visible to you.');
  if (row.access !== 'owner') {
    throw new Problem('forbidden', `Only the registering organisation may ${action}.`);
  }
  return { who, row };
}

/**
 * Participants' rights: the export of everything held about a participant, and the erasure of its
 * identifying data (docs/decisions/2026-12-06-erasure-retention.md).
 */
export function participantRightsRoutes(app: App): void {
  route(
    app,
    'get',
    '/v1/participants/:id/export',
    {
      id: 'exportParticipant',
      tag,
      summary: 'Everything the registry holds about a participant (the registering NGO)',
      description:
        'A JSON document (`format: nayabato.participant-export/1`) for the NGO to hand over to the participant: the record, consents with their history, assessments, plans, referrals both ways, every livelihood record, and the audit trail of who read or changed them. Sent as an attachment, never cached; audited.',
      params: [idParam()],
      errors: [404],
      response: ParticipantExportSchema,
    },
    async (c) => {
      const { who, row } = await ownParticipant(c, 'export a participant');
      const db = c.var.db;
      await audit(c, 'participant.export', [
        {
          action: 'export',
          resourceType: 'participant',
          resourceId: row.id,
          participantId: row.id,
          detail: { format: PARTICIPANT_EXPORT_FORMAT },
        },
      ]);
      const tables: Record<string, unknown[]> = {};
      for (const table of PARTICIPANT_RECORD_TABLES) {
        tables[EXPORT_KEYS[table]] = (await listParticipantRecords(db, table, row.id)).map(toRecord);
      }
      const referrals = (await listParticipantReferrals(db, row.id)).map((r) => ({
        ...r.data,
        id: r.id,
        status: r.status,
        updatedAt: iso(r.updated_at),
      }));
      const erasure = await findErasure(db, row.id);
      const document = {
        format: PARTICIPANT_EXPORT_FORMAT,
        exportedAt: new Date().toISOString(),
        exportedBy: { organizationId: who.orgId, keyId: who.keyId, userId: who.userId ?? null },
        participant: toParticipant(row),
        erasure: erasure?.erased_at
          ? { erasedAt: iso(erasure.erased_at), trigger: erasure.erasure ?? 'request' }
          : null,
        ...tables,
        referrals,
        auditTrail: (await listParticipantAuditEvents(db, row.id)).map(toAuditEvent),
      };
      c.header('cache-control', 'no-store');
      c.header('content-disposition', `attachment; filename="participant-${row.id}.json"`);
      return c.json(document);
    },
  );

  route(
    app,
    'post',
    '/v1/participants/:id/erasure',
    {
      id: 'eraseParticipant',
      tag,
      summary: 'Erase a participant’s identifying data on request (the registering NGO; idempotent)',
      description:
        'Removes identifying and free-text data wherever the participant appears and deletes its stories, keeping the pseudonymous record and the fields counts and indicators read, so aggregates do not change. A repeated call changes nothing and answers the first erasure. Audited.',
      params: [idParam()],
      body: ErasureInput,
      errors: [404],
      response: ParticipantErasureSchema,
    },
    async (c) => {
      const { row } = await ownParticipant(c, 'erase a participant');
      const result = await eraseParticipant(c.var.db, row.id, 'request');
      if (!result?.erased_at) throw new Problem('not-found', 'No such participant is visible to you.');
      const changed = Object.values(result.erased).reduce((a, b) => a + b, 0);
      await audit(c, 'participant.erasure', [
        {
          action: 'erase',
          resourceType: 'participant',
          resourceId: row.id,
          participantId: row.id,
          detail: { trigger: 'request', recordsErased: changed, storiesDeleted: result.storiesDeleted },
        },
      ]);
      // Nothing personal in it, so an Idempotency-Key retry gets this answer back (a `no-store` answer
      // would not be kept for replay).
      return c.json({
        participantId: row.id,
        erasedAt: iso(result.erased_at),
        trigger: result.erasure ?? 'request',
        erased: result.erased,
        storiesDeleted: result.storiesDeleted,
      });
    },
  );
}
