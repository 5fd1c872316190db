import { ConsentInputSchema, ConsentSchema, ConsentWithdrawalSchema } from '@nayabato/core';
import type { Context } from 'hono';
import { audit } from '../audit.js';
import type { AppEnv } from '../context.js';
import { idParam } from '../contract/operation.js';
import { named } from '../contract/registry.js';
import { bodyOf } from '../http/body.js';
import { Problem } from '../http/problem.js';
import { issue } from '../messages.js';
import { checkOverride } from '../policy/override.js';
import { checkRecipient } from '../policy/visibility.js';
import { withdrawConsent } from '../store/consents.js';
import { toDocument } from '../store/documents.js';
import { findOrganization } from '../store/organizations.js';
import { enqueueWebhookEvent } from '../store/webhook-events.js';
import { type DocumentResource, documentRoutes, visibleDocument } from './documents.js';
import { type App, param, route } from './route.js';

/** Clock skew tolerated between a client's "now" and the registry's. */
const SKEW_MS = 5 * 60_000;

/**
 * A consent's recipient must exist; a sharing consent (what a referral needs) names an NGO or a training
 * institution. A consent to an employer introduction may name a corporate partner.
 */
async function checkConsentRecipient(c: Context<AppEnv>, input: Record<string, unknown>): Promise<void> {
  const id = input.recipientOrganizationId;
  if (typeof id !== 'string') return;
  checkRecipient(
    await findOrganization(c.var.db, id),
    'recipientOrganizationId',
    input.purpose === 'sharing',
    'Sharing for a referral names an NGO or a training institution.',
  );
}

const ConsentWithdrawal = named('ConsentWithdrawal', ConsentWithdrawalSchema);

const consents: DocumentResource = {
  table: 'consents',
  idKind: 'consent',
  resourceType: 'consent',
  path: '/v1/consents',
  name: 'Consent',
  tag: 'Consents',
  schema: ConsentSchema,
  input: ConsentInputSchema,
  updatable: false,
  columns: (input) => ({ purpose: input.purpose, withdrawn_at: input.withdrawnAt ?? null }),
  check: async (c, principal, input) => {
    checkOverride(principal, input.override as { userId: string } | undefined, ['override']);
    await checkConsentRecipient(c, input);
  },
};

/** Consents, one per purpose, readable and writable only by the registering NGO; withdrawal is explicit. */
export function consentRoutes(app: App): void {
  documentRoutes(app, consents);
  route(
    app,
    'post',
    '/v1/consents/:id/withdraw',
    {
      id: 'withdrawConsent',
      tag: 'Consents',
      summary: 'Withdraw a consent (takes effect at once; the record is kept)',
      description:
        'Referrals sent under this consent stop sharing at once: the receiver no longer sees the participant.',
      params: [idParam()],
      body: ConsentWithdrawal,
      errors: [404, 409],
      response: ConsentSchema,
    },
    async (c) => {
      const row = await visibleDocument(c, consents, param(c, 'id'));
      if (row.access !== 'owner')
        throw new Problem('forbidden', 'Only the recording organisation withdraws a consent.');
      if (row.data.withdrawnAt) throw new Problem('conflict', 'The consent is already withdrawn.');
      const { withdrawnAt } = bodyOf(c, ConsentWithdrawal);
      if (Date.parse(withdrawnAt) > Date.now() + SKEW_MS) {
        throw new Problem('validation-failed', 'A withdrawal takes effect now, not later.', {
          errors: [issue(['withdrawnAt'], 'future_instant')],
        });
      }
      if (Date.parse(withdrawnAt) < Date.parse(String(row.data.givenAt))) {
        throw new Problem('validation-failed', 'A consent cannot be withdrawn before it was given.', {
          errors: [issue(['withdrawnAt'], 'before_given')],
        });
      }
      const updated = await withdrawConsent(c.var.db, row.id, withdrawnAt);
      // Only the recording NGO and the organisation the consent named (if any) are told.
      const named = (row.data as { recipientOrganizationId?: string }).recipientOrganizationId;
      await enqueueWebhookEvent(
        c.var.db,
        'consent.withdrawn',
        { consentId: row.id, participantId: row.participant_id, purpose: String(row.data.purpose) },
        [row.org_id, ...(named ? [named] : [])],
      );
      await audit(c, 'consent.withdrawal', [
        {
          action: 'withdraw',
          resourceType: 'consent',
          resourceId: row.id,
          participantId: row.participant_id,
        },
      ]);
      return c.json(toDocument({ ...updated, access: 'owner' }));
    },
  );
}
