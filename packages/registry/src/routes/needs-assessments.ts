import { NeedsAssessmentInputSchema, NeedsAssessmentSchema } from '@nayabato/core';
import { documentRoutes } from './documents.js';
import type { App } from './route.js';

/** Needs assessments: the registering NGO's; shared with the receiver of a referral that names one. */
export function needsAssessmentRoutes(app: App): void {
  documentRoutes(app, {
    table: 'needs_assessments',
    idKind: 'needsAssessment',
    resourceType: 'needs_assessment',
    referralField: 'needsAssessmentId',
    scope: 'needs_assessment',
    path: '/v1/needs-assessments',
    name: 'NeedsAssessment',
    tag: 'Needs assessments',
    schema: NeedsAssessmentSchema,
    input: NeedsAssessmentInputSchema,
    updatable: true,
  });
}
