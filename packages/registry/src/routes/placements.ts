import { confirmRetention, createPlacement, PlacementSchema, validate } from '@nayabato/core';
import { audit } from '../audit.js';
import { RetentionCheckInput } from '../contract/job-offers.js';
import { idParam, pageParams, updatedSinceParam } from '../contract/operation.js';
import { PlacementCreateInput, PlacementView } from '../contract/placements.js';
import { pageOf } from '../contract/schemas.js';
import { bodyOf } from '../http/body.js';
import { page } from '../http/pagination.js';
import { Problem } from '../http/problem.js';
import { issue } from '../messages.js';
import { placementView, requireIntroductionConsent } from '../policy/placements.js';
import { caller, requireRole } from '../policy/require.js';
import { participantConsents } from '../store/consents.js';
import { findJobOffer } from '../store/job-offers.js';
import {
  findVisiblePlacement,
  insertPlacement,
  listVisiblePlacements,
  type PlacementData,
  type PlacementRow,
  updatePlacement,
} from '../store/placements.js';
import { findVisibleReferral } from '../store/referrals.js';
import { enqueueWebhookEvent } from '../store/webhook-events.js';
import { type App, listQuery, param, route } from './route.js';

const tag = 'Placements';
const PLACING_REFERRAL = ['accepted', 'in_progress', 'completed'];
const PLACEABLE_OFFER = ['open', 'paused'];

/** One audit entry of placement data (the participant named, so their access log shows it). */
function entry(
  row: PlacementRow,
  action: 'read' | 'list' | 'create' | 'update',
  detail?: Record<string, unknown>,
) {
  return {
    action,
    resourceType: 'placement',
    resourceId: row.id,
    participantId: row.participant_id,
    ...(detail ? { detail } : {}),
  };
}

/** Placements: recorded by the referring NGO; the employer sees them pseudonymously. */
export function placementRoutes(app: App): void {
  route(
    app,
    'post',
    '/v1/placements',
    {
      id: 'createPlacement',
      tag,
      summary: 'Record a placement (the referring NGO)',
      description:
        'Links a referral the NGO sent (accepted, in progress or completed) and an open or paused offer. Refused with 409 `consent-required` unless a valid `employer_introduction` consent of the participant covers the offer’s company. The registry makes the placement code and the retention checkpoints (1, 3, 6 and 12 months).',
      body: PlacementCreateInput,
      status: 201,
      errors: [409],
      response: PlacementView,
    },
    async (c) => {
      const who = caller(c);
      requireRole(who, ['ngo'], 'record placements');
      const { referralId, ...input } = bodyOf(c, PlacementCreateInput);
      const referral = await findVisibleReferral(c.var.db, who, referralId);
      if (!referral || referral.from_org !== who.orgId || referral.participant_id !== input.participantId) {
        throw new Problem('validation-failed', 'The referral is not one of yours for this participant.', {
          errors: [issue(['referralId'], 'unknown_reference')],
        });
      }
      if (!PLACING_REFERRAL.includes(referral.status)) {
        throw new Problem('validation-failed', 'The referral has not been accepted.', {
          errors: [issue(['referralId'], 'referral_not_active')],
        });
      }
      const offer = await findJobOffer(c.var.db, input.jobOfferId);
      // A draft exists only for its company: for the NGO it is as unknown as a missing id.
      if (!offer || offer.status === 'draft') {
        throw new Problem('validation-failed', 'No such job offer is visible to you.', {
          errors: [issue(['jobOfferId'], 'unknown_reference')],
        });
      }
      if (!PLACEABLE_OFFER.includes(offer.status)) {
        throw new Problem('validation-failed', 'The job offer is no longer open.', {
          errors: [issue(['jobOfferId'], 'offer_not_open')],
        });
      }
      const consentId = requireIntroductionConsent(
        await participantConsents(c.var.db, input.participantId),
        input.participantId,
        offer.org_id,
      );
      let row: PlacementRow | undefined;
      // A placement code is random (40 bits): on the rare collision, draw another.
      for (let attempt = 0; !row && attempt < 5; attempt++) {
        const placement = createPlacement(
          { ...input, referralId, introductionConsentId: input.introductionConsentId ?? consentId },
          { organizationId: who.orgId },
        );
        const checked = validate(PlacementSchema, placement);
        if (!checked.ok)
          throw new Problem('validation-failed', 'The placement is not valid.', { errors: checked.issues });
        row = await insertPlacement(c.var.db, placement);
      }
      if (!row) throw new Problem('conflict', 'No free placement code was found; try again.');
      // The recording NGO and the company whose offer it fills: ids only, never who the person is.
      await enqueueWebhookEvent(
        c.var.db,
        'placement.started',
        { placementId: row.id, jobOfferId: offer.id, organizationId: who.orgId },
        [who.orgId, offer.org_id],
      );
      await audit(c, 'placement.create', [entry(row, 'create', { consentId })]);
      c.header('location', `/v1/placements/${row.id}`);
      return c.json(placementView(row), 201);
    },
  );

  route(
    app,
    'get',
    '/v1/placements',
    {
      id: 'listPlacements',
      tag,
      summary: 'List placements: an NGO its own, a company those in its offers (pseudonymous)',
      params: [
        ...pageParams,
        updatedSinceParam,
        { name: 'jobOfferId', in: 'query', description: 'Only placements in this offer.' },
        {
          name: 'participantId',
          in: 'query',
          description: 'Only this participant’s placements (the NGO only).',
        },
      ],
      response: pageOf('PlacementPage', PlacementView),
    },
    async (c) => {
      const who = caller(c);
      requireRole(who, ['ngo', 'corporate'], 'read placements');
      const { limit, after, updatedSince } = listQuery(c);
      const participantId = c.req.query('participantId') ?? null;
      // A company never learns which participant a placement is: it may not even ask by participant.
      if (participantId && who.role !== 'ngo') {
        throw new Problem('forbidden', 'Only the NGO that recorded a placement may filter by participant.');
      }
      const rows = await listVisiblePlacements(
        c.var.db,
        who,
        { jobOfferId: c.req.query('jobOfferId') ?? null, participantId, updatedSince },
        { after, limit },
      );
      const result = page(rows, limit, (row) => row);
      await audit(
        c,
        'placement.list',
        result.items.map((row) => entry(row, 'list')),
      );
      return c.json({ items: result.items.map(placementView), nextCursor: result.nextCursor });
    },
  );

  route(
    app,
    'get',
    '/v1/placements/:id',
    {
      id: 'getPlacement',
      tag,
      summary: 'One placement (the NGO: whole; the company: pseudonymous)',
      params: [idParam()],
      errors: [404],
      response: PlacementView,
    },
    async (c) => {
      const who = caller(c);
      const row = await findVisiblePlacement(c.var.db, who, param(c, 'id'));
      if (!row) throw new Problem('not-found', 'No such placement is visible to you.');
      await audit(c, 'placement.read', [entry(row, 'read')]);
      return c.json(placementView(row));
    },
  );

  route(
    app,
    'post',
    '/v1/placements/:id/retention-checks',
    {
      id: 'recordRetentionCheck',
      tag,
      summary: 'Record a retention checkpoint (the employer or the NGO)',
      description:
        'Whether the person was still employed 1, 3, 6 or 12 months after the start; refused (409) before the checkpoint is due. A later check of the same month replaces the earlier one.',
      params: [idParam()],
      body: RetentionCheckInput,
      errors: [404, 409],
      response: PlacementView,
    },
    async (c) => {
      const who = caller(c);
      const row = await findVisiblePlacement(c.var.db, who, param(c, 'id'));
      if (!row) throw new Problem('not-found', 'No such placement is visible to you.');
      const { month, retained } = bodyOf(c, RetentionCheckInput);
      const checkpoint = row.data.retention.find((r) => r.month === month);
      if (!checkpoint) {
        throw new Problem('validation-failed', 'The placement has no such checkpoint.', {
          errors: [issue(['month'], 'unknown_value')],
        });
      }
      const now = new Date().toISOString();
      if (checkpoint.dueOn > now.slice(0, 10)) {
        throw new Problem('conflict', 'This retention checkpoint is not due yet.', {
          errors: [issue(['month'], 'checkpoint_not_due', { dueOn: checkpoint.dueOn })],
        });
      }
      const data: PlacementData = confirmRetention(row.data, month, retained, now);
      const updated = await updatePlacement(c.var.db, who, row.id, row.data, data);
      if (!updated) throw new Problem('conflict', 'The placement changed meanwhile; read it again.');
      await audit(c, 'placement.retention', [entry(row, 'update', { month, retained, by: row.access })]);
      return c.json(placementView(updated));
    },
  );
}
