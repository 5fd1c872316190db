import type { Context } from 'hono';
import type { AppEnv } from '../context.js';
import { ServiceDelivery, ServiceDeliveryInput } from '../contract/care.js';
import { Problem } from '../http/problem.js';
import { issue } from '../messages.js';
import { caller } from '../policy/require.js';
import { findVisibleReferral } from '../store/referrals.js';
import { findUser } from '../store/users.js';
import { careRoutes } from './care-records.js';
import type { App } from './route.js';

/**
 * A delivery's references: the referral it answers must be one the NGO is party to, of the same
 * participant; the staff member who delivered it must be one of the NGO's own users.
 */
async function checkReferences(c: Context<AppEnv>, input: Record<string, unknown>): Promise<void> {
  const who = caller(c);
  if (typeof input.referralId === 'string') {
    const referral = await findVisibleReferral(c.var.db, who, input.referralId);
    if (!referral || referral.participant_id !== input.participantId) {
      throw new Problem('validation-failed', 'The referral is not this participant’s.', {
        errors: [issue(['referralId'], referral ? 'other_participant' : 'unknown_reference')],
      });
    }
  }
  if (typeof input.deliveredByUserId === 'string') {
    const user = await findUser(c.var.db, input.deliveredByUserId);
    if (user?.org_id !== who.orgId) {
      throw new Problem('validation-failed', 'The user is not one of your organisation’s.', {
        errors: [issue(['deliveredByUserId'], 'unknown_reference')],
      });
    }
  }
}

/** Service deliveries (counselling, legal aid, shelter, ...): the registering NGO's own records. */
export function serviceDeliveryRoutes(app: App): void {
  careRoutes(app, {
    table: 'service_deliveries',
    idKind: 'serviceDelivery',
    resourceType: 'service_delivery',
    path: '/v1/service-deliveries',
    name: 'ServiceDelivery',
    plural: 'ServiceDeliveries',
    tag: 'Service deliveries',
    schema: ServiceDelivery,
    input: ServiceDeliveryInput,
    check: checkReferences,
  });
}
