import { newId, type Referral, ReferralInputSchema, ReferralStatus } from '@nayabato/core';
import { audit, auditRowOf } from '../audit.js';
import { idParam, pageParams, updatedSinceParam } from '../contract/operation.js';
import { ReferralView } from '../contract/referral-view.js';
import { named } from '../contract/registry.js';
import { pageOf } from '../contract/schemas.js';
import { bodyOf } from '../http/body.js';
import { page } from '../http/pagination.js';
import { Problem } from '../http/problem.js';
import { issue } from '../messages.js';
import { referralView } from '../policy/record-views.js';
import { caller, requireRole } from '../policy/require.js';
import { checkRecipient } from '../policy/visibility.js';
import { ownDocumentParticipant } from '../store/documents.js';
import {
  findVisibleReferral,
  insertReferral,
  listVisibleReferrals,
  referralPartiesOf,
} from '../store/referrals.js';
import { type App, enumQuery, listQuery, param, route } from './route.js';

const ReferralInput = named('ReferralInput', ReferralInputSchema);
const tag = 'Referrals';
const parties = ['ngo', 'training_institution'] as const;
const DIRECTIONS = ['sent', 'received'] as const;
const isDirection = (value: unknown): value is (typeof DIRECTIONS)[number] =>
  DIRECTIONS.includes(value as never);

/** Referrals: created as drafts by the sender, moved by explicit transition endpoints. */
export function referralRoutes(app: App): void {
  route(
    app,
    'post',
    '/v1/referrals',
    {
      id: 'createReferral',
      tag,
      summary: 'Create a draft referral (the registering NGO)',
      description: 'A draft is visible to the sender only; `POST /v1/referrals/{id}/send` sends it.',
      body: ReferralInput,
      status: 201,
      response: ReferralView,
    },
    async (c) => {
      const who = caller(c);
      requireRole(who, ['ngo'], 'send referrals');
      const input = bodyOf(c, ReferralInput);
      const parties = await referralPartiesOf(c.var.db, who, input.participantId, input.toOrganizationId);
      if (!parties.access) {
        throw new Problem('validation-failed', 'The participant is not visible to you.', {
          errors: [issue(['participantId'], 'unknown_reference')],
        });
      }
      if (parties.access !== 'owner')
        throw new Problem('forbidden', 'Only the registering organisation refers.');
      checkRecipient(
        parties.recipientRole === null ? undefined : { role: parties.recipientRole },
        'toOrganizationId',
        true,
        'A referral goes to an NGO or a training institution.',
      );
      for (const [field, table] of [
        ['needsAssessmentId', 'needs_assessments'],
        ['livelihoodPlanId', 'livelihood_plans'],
      ] as const) {
        const id = input[field];
        if (!id) continue;
        const owner = await ownDocumentParticipant(c.var.db, table, id, who.orgId);
        if (owner !== input.participantId) {
          throw new Problem('validation-failed', 'The linked record is not this participant’s.', {
            errors: [issue([field], owner ? 'other_participant' : 'unknown_reference')],
          });
        }
      }
      const now = new Date().toISOString();
      const referral: Referral = {
        ...input,
        id: newId('referral'),
        fromOrganizationId: who.orgId,
        status: 'draft',
        createdAt: now,
        updatedAt: now,
      };
      const row = await insertReferral(
        c.var.db,
        referral,
        auditRowOf(c, 'referral.create', 'create', 'referral'),
      );
      c.header('location', `/v1/referrals/${referral.id}`);
      return c.json(referralView(row, who), 201);
    },
  );

  route(
    app,
    'get',
    '/v1/referrals',
    {
      id: 'listReferrals',
      tag,
      summary: 'List the referrals the caller sent or received',
      params: [
        ...pageParams,
        updatedSinceParam,
        {
          name: 'status',
          in: 'query',
          description: 'Only referrals in this status.',
          schema: { $ref: '#/components/schemas/ReferralStatus' },
        },
        {
          name: 'direction',
          in: 'query',
          description: 'Only those the caller sent, or only those it received.',
          schema: { type: 'string', enum: [...DIRECTIONS] },
        },
        {
          name: 'participantId',
          in: 'query',
          description: 'Only referrals of this participant (a pseudonymous id).',
        },
      ],
      response: pageOf('ReferralPage', ReferralView),
    },
    async (c) => {
      const who = caller(c);
      requireRole(who, parties, 'read referrals');
      const { limit, after, updatedSince } = listQuery(c);
      const status = enumQuery(c, 'status', ReferralStatus.is);
      const direction = enumQuery(c, 'direction', isDirection);
      const rows = await listVisibleReferrals(
        c.var.db,
        who,
        {
          status: status ?? null,
          direction: direction ?? null,
          participantId: c.req.query('participantId') ?? null,
          updatedSince,
        },
        { after, limit },
      );
      const result = page(rows, limit, (row) => row);
      await audit(
        c,
        'referral.list',
        result.items.map((row) => ({
          action: 'list' as const,
          resourceType: 'referral',
          resourceId: row.id,
          participantId: row.participant_id,
        })),
      );
      return c.json({
        items: result.items.map((row) => referralView(row, who)),
        nextCursor: result.nextCursor,
      });
    },
  );

  route(
    app,
    'get',
    '/v1/referrals/:id',
    {
      id: 'getReferral',
      tag,
      summary: 'One referral',
      params: [idParam()],
      errors: [404],
      response: ReferralView,
    },
    async (c) => {
      const who = caller(c);
      const row = await findVisibleReferral(c.var.db, who, param(c, 'id'));
      if (!row) throw new Problem('not-found', 'No such referral is visible to you.');
      await audit(c, 'referral.read', [
        { action: 'read', resourceType: 'referral', resourceId: row.id, participantId: row.participant_id },
      ]);
      return c.json(referralView(row, who));
    },
  );
}
