import { FollowUp, FollowUpInput } from '../contract/care.js';
import { careRoutes } from './care-records.js';
import type { App } from './route.js';

/** Follow-ups (income, living situation, family reintegration): the registering NGO's own records. */
export function followUpRoutes(app: App): void {
  careRoutes(app, {
    table: 'follow_ups',
    idKind: 'followUp',
    resourceType: 'follow_up',
    path: '/v1/follow-ups',
    name: 'FollowUp',
    plural: 'FollowUps',
    tag: 'Follow-ups',
    schema: FollowUp,
    input: FollowUpInput,
    // A receiving NGO reads them while a valid sharing consent names `follow_ups` (their free-text
    // notes only when it names `notes` too): docs/decisions/2026-12-06-follow-up-sharing.md.
    sharedScope: 'follow_ups',
  });
}
