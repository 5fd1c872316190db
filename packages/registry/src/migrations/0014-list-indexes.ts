/**
 * The fourteenth schema change: indexes so that every list is served by one (issue 12: a list's cost per
 * page must not grow with the tables). Each list pages by `seq` (or by a sort key, then `seq`) under an
 * access rule; an index on the rule's column followed by `seq` serves the caller's own records, and one on
 * `seq` alone serves the records another organisation shares (walked in order, each checked through the
 * indexes of the referral and consent it rests on). `src/store/list-plans.test.ts` checks the plans.
 */
export const listIndexes = `
create index participants_seq on participants (seq);
create index consents_org on consents (org_id, seq);
create index consents_seq on consents (seq);
create index needs_assessments_org on needs_assessments (org_id, seq);
create index needs_assessments_seq on needs_assessments (seq);
create index livelihood_plans_org on livelihood_plans (org_id, seq);
create index livelihood_plans_seq on livelihood_plans (seq);
create index enrolments_seq on enrolments (seq);
create index placements_seq on placements (seq);
create index enterprises_seq on enterprises (seq);
create index follow_ups_seq on follow_ups (seq);
create index service_deliveries_seq on service_deliveries (seq);
create index stories_seq on stories (seq);
create index job_offers_org_newest on job_offers (org_id, posted_on desc, seq desc);
create index job_offers_org_closing on job_offers (org_id, closes_on, seq);
create index job_offers_org_wage on job_offers (org_id, wage_min desc, seq desc);
`;
