/**
 * The fourteenth schema change: indexes so that every list is served by one (issue 12: a list's cost per
 * page must not grow with the tables). Each list pages by `seq` (or by a sort key, then `seq`) under an
 * access rule; an index on the rule's column followed by `seq` serves the caller's own records, and one on
 * `seq` alone serves the records another organisation shares (walked in order, each checked through the
 * indexes of the referral and consent it rests on). `src/store/list-plans.test.ts` checks the plans.
 * `if not exists`: on a large database an operator may build them first with `create index concurrently`
 * under the same names, so that the upgrade does not hold writes while they build (docs/self-hosting.md).
 */
export const listIndexes = `
create index if not exists participants_seq on participants (seq);
create index if not exists consents_org on consents (org_id, seq);
create index if not exists consents_seq on consents (seq);
create index if not exists needs_assessments_org on needs_assessments (org_id, seq);
create index if not exists needs_assessments_seq on needs_assessments (seq);
create index if not exists livelihood_plans_org on livelihood_plans (org_id, seq);
create index if not exists livelihood_plans_seq on livelihood_plans (seq);
create index if not exists enrolments_seq on enrolments (seq);
create index if not exists placements_seq on placements (seq);
create index if not exists enterprises_seq on enterprises (seq);
create index if not exists follow_ups_seq on follow_ups (seq);
create index if not exists service_deliveries_seq on service_deliveries (seq);
create index if not exists stories_seq on stories (seq);
create index if not exists job_offers_org_newest on job_offers (org_id, posted_on desc, seq desc);
create index if not exists job_offers_org_closing on job_offers (org_id, closes_on, seq);
create index if not exists job_offers_org_wage on job_offers (org_id, wage_min desc, seq desc);
`;
