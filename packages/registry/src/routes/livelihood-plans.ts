import { LivelihoodPlanInputSchema, LivelihoodPlanSchema } from '@nayabato/core';
import { documentRoutes } from './documents.js';
import type { App } from './route.js';

/** Livelihood plans: the registering NGO's; shared with the receiver of a referral that names one. */
export function livelihoodPlanRoutes(app: App): void {
  documentRoutes(app, {
    table: 'livelihood_plans',
    idKind: 'livelihoodPlan',
    resourceType: 'livelihood_plan',
    referralField: 'livelihoodPlanId',
    scope: 'livelihood_plan',
    path: '/v1/livelihood-plans',
    name: 'LivelihoodPlan',
    tag: 'Livelihood plans',
    schema: LivelihoodPlanSchema,
    input: LivelihoodPlanInputSchema,
    updatable: true,
    columns: (input) => ({
      status: input.actualEndDate ? 'ended' : input.participantAgreement ? 'agreed' : 'draft',
    }),
  });
}
