import { IsoDateTimeSchema } from '@nayabato/core';
import * as z from 'zod/mini';
import { named } from './registry.js';

/** The `format` of a participant export; a reader checks it before reading further. */
export const PARTICIPANT_EXPORT_FORMAT = 'nayabato.participant-export/1';

// Stored documents as they are (an erased one lacks the fields the erasure removed).
const records = (_what: string) => z.array(z.record(z.string(), z.unknown()));

/** An audit event: who did what to which record, when and why; ids and codes only. */
export const AuditEventSchema = named(
  'AuditEvent',
  z.object({
    id: z.string(),
    at: IsoDateTimeSchema,
    requestId: z.string(),
    actorOrganizationId: z.string(),
    actorKeyId: z.nullable(z.string()),
    actorUserId: z.nullable(z.string()),
    action: z.string(),
    resourceType: z.string(),
    resourceId: z.string(),
    participantId: z.nullable(z.string()),
    purpose: z.string(),
    detail: z.nullable(z.record(z.string(), z.unknown())),
  }),
  'One audited read or write: who (organisation, key, user), what (action, record), when and why (purpose). Never a personal value.',
);

/** The erasure of a participant: when, why, and what it changed. */
export const ParticipantErasureSchema = named(
  'ParticipantErasure',
  z.object({
    participantId: z.string(),
    erasedAt: IsoDateTimeSchema,
    trigger: z.enum(['request', 'retention']),
    erased: z.record(z.string(), z.number()),
    storiesDeleted: z.number(),
  }),
  'The erasure of a participant’s identifying data: its first instant and reason; what this call rewrote (a repeated call rewrites nothing).',
);

/** Everything the registry holds about one participant, for the registering NGO to hand over. */
export const ParticipantExportSchema = named(
  'ParticipantExport',
  z.object({
    format: z.literal(PARTICIPANT_EXPORT_FORMAT),
    exportedAt: IsoDateTimeSchema,
    exportedBy: z.object({
      organizationId: z.string(),
      keyId: z.string(),
      userId: z.nullable(z.string()),
    }),
    participant: z.record(z.string(), z.unknown()),
    erasure: z.nullable(z.object({ erasedAt: IsoDateTimeSchema, trigger: z.enum(['request', 'retention']) })),
    consents: records('Every consent, withdrawn ones included (the history).'),
    needsAssessments: records('Needs assessments.'),
    livelihoodPlans: records('Livelihood plans.'),
    referrals: records('Referrals of the participant, sent by or addressed to any organisation.'),
    enrolments: records('Training enrolments.'),
    placements: records('Job placements.'),
    enterprises: records('Enterprises.'),
    followUps: records('Follow-ups.'),
    serviceDeliveries: records('Service deliveries.'),
    supportRequests: records('Support requests.'),
    stories: records('Stories (the photo as its storage reference).'),
    auditTrail: z.array(AuditEventSchema),
  }),
  'A complete, versioned JSON document of what the registry holds about one participant (`format` names the version), with the audit trail of who read or changed it.',
);
