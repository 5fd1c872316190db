import {
  FreeTextSchema,
  type ReferralActionValue,
  ReferralOutcomeReportSchema,
  ReferralTransitionError,
  transitionReferral,
} from '@nayabato/core';
import * as z from 'zod/mini';
import { audit } from '../audit.js';
import { idParam } from '../contract/operation.js';
import { ReferralView } from '../contract/referral-view.js';
import { named } from '../contract/registry.js';
import { Problem } from '../http/problem.js';
import { checkOverride } from '../policy/override.js';
import { referralView } from '../policy/record-views.js';
import { caller } from '../policy/require.js';
import { participantConsents } from '../store/consents.js';
import { findVisibleReferral, moveReferral } from '../store/referrals.js';
import { enqueueWebhookEvent, type WebhookEventType } from '../store/webhook-events.js';
import { type App, param, route } from './route.js';

const Reason = FreeTextSchema.check(z.trim(), z.minLength(1));

/** The body of each transition. */
const BODIES: Record<ReferralActionValue, z.ZodMiniType> = {
  send: named(
    'ReferralSendInput',
    z.strictObject({ override: z.optional(z.strictObject({ reason: Reason })) }),
    'Without covering consent, a user with `consent.override` (staff token) may send with a reason; audited. The reason is internal: the receiver never sees it (nor the referral’s reason), and reads the participant’s minimum to act until a sharing consent naming it is recorded.',
  ),
  accept: named('ReferralAcceptInput', z.strictObject({})),
  reject: named('ReferralRejectInput', z.strictObject({ reason: Reason })),
  start: named('ReferralStartInput', z.strictObject({})),
  complete: named('ReferralCompleteInput', z.strictObject({ outcome: ReferralOutcomeReportSchema })),
  cancel: named('ReferralCancelInput', z.strictObject({ reason: z.optional(Reason) })),
  revoke: named('ReferralRevokeInput', z.strictObject({ reason: z.optional(Reason) })),
};

const SUMMARY: Record<ReferralActionValue, string> = {
  send: 'Send (sender; needs a sharing consent naming the receiver, or an audited override)',
  accept: 'Accept (receiver)',
  reject: 'Reject with a reason (receiver)',
  start: 'Start the service (receiver)',
  complete: 'Complete and report the outcome (receiver)',
  cancel: 'Cancel (sender)',
  revoke: 'Revoke: stop sharing (sender)',
};

/** The webhook event each transition raises (ids and the new status only). */
const REFERRAL_EVENTS: Partial<Record<ReferralActionValue, WebhookEventType>> = {
  send: 'referral.sent',
  accept: 'referral.accepted',
  reject: 'referral.rejected',
  complete: 'referral.completed',
};

function toProblem(error: ReferralTransitionError): Problem {
  const errors = [{ path: [], pointer: '', code: error.code, message: error.localized }];
  switch (error.code) {
    case 'illegal_transition':
      return new Problem('invalid-transition', error.localized.en, { errors });
    case 'not_permitted':
      return new Problem('forbidden', error.localized.en, { errors });
    case 'consent_required':
      return new Problem('consent-required', error.localized.en, { errors });
    default:
      return new Problem('validation-failed', error.localized.en, { errors });
  }
}

/** `POST /v1/referrals/{id}/send|accept|reject|start|complete|cancel|revoke`: core's referral machine. */
export function referralTransitionRoutes(app: App): void {
  for (const action of Object.keys(BODIES) as ReferralActionValue[]) {
    route(
      app,
      'post',
      `/v1/referrals/:id/${action}`,
      {
        id: `${action}Referral`,
        tag: 'Referrals',
        summary: SUMMARY[action],
        description:
          action === 'send'
            ? 'Refused with 409 `consent-required` unless a valid sharing consent (services, inside one organisation) covers the receiver, or an override is given.'
            : undefined,
        params: [idParam()],
        body: BODIES[action],
        errors: [404, 409],
        response: ReferralView,
      } as Parameters<typeof route>[3],
      async (c) => {
        const who = caller(c);
        const row = await findVisibleReferral(c.var.db, who, param(c, 'id'));
        if (!row) throw new Problem('not-found', 'No such referral is visible to you.');
        const body = (c.var.body ?? {}) as {
          reason?: string;
          override?: { reason: string };
          outcome?: unknown;
        };
        if (body.override) checkOverride(who, { userId: who.userId ?? '' }, ['override']);
        let next: typeof row.data;
        try {
          next = transitionReferral(row.data, action, {
            actorOrganizationId: who.orgId,
            at: new Date().toISOString(),
            ...(action === 'send'
              ? { consents: await participantConsents(c.var.db, row.participant_id) }
              : {}),
            ...(body.override && who.userId
              ? { override: { userId: who.userId, reason: body.override.reason } }
              : {}),
            ...(body.reason ? { reason: body.reason } : {}),
            ...(body.outcome ? { outcome: body.outcome as never } : {}),
          });
        } catch (error) {
          if (error instanceof ReferralTransitionError) throw toProblem(error);
          throw error;
        }
        // Only from the status this transition was checked against: of two concurrent transitions
        // (accept and reject), the second finds the status changed and no row comes back.
        const updated = await moveReferral(c.var.db, row.id, row.status, next);
        if (!updated) {
          throw new Problem(
            'invalid-transition',
            'The referral changed status meanwhile; read it again before retrying.',
          );
        }
        const event = REFERRAL_EVENTS[action];
        // In the request's transaction: a rolled-back transition sends nothing. Both parties are entitled.
        if (event) {
          await enqueueWebhookEvent(
            c.var.db,
            event,
            {
              referralId: row.id,
              status: next.status,
              senderOrganizationId: row.from_org,
              receiverOrganizationId: row.to_org,
            },
            [row.from_org, row.to_org],
          );
        }
        const base = { resourceType: 'referral', resourceId: row.id, participantId: row.participant_id };
        await audit(c, `referral.${action}`, [
          { ...base, action: 'transition', detail: { action, from: row.status, to: next.status } },
          ...(next.consentOverride && !row.data.consentOverride
            ? [{ ...base, action: 'consent_override' as const, detail: { action } }]
            : []),
        ]);
        return c.json(referralView(updated, who));
      },
    );
  }
}
