/**
 * The seventeenth schema change: `enrolments.referrer_org`, the NGO that referred the participant (the
 * sender of the enrolment's referral, which is always the organisation that registered the participant),
 * and an index on it with `seq`. An NGO's enrolment list was an index walk over every enrolment in `seq`
 * order, each checked through its referral and participant: its cost per page grew with the other NGOs'
 * enrolments. With the column, the list reads the NGO's own rows from the index (issue 12; the store sets
 * it on insert: `store/enrolments.ts`). Existing rows take it from their referral, else their participant.
 * `if not exists`: an operator may build the index first with `create index concurrently`.
 */
export const enrolmentReferrer = `
alter table enrolments add column if not exists referrer_org text;
update enrolments e set referrer_org = coalesce(
  (select r.from_org from referrals r where r.id = e.referral_id),
  (select p.org_id from participants p where p.id = e.participant_id))
where e.referrer_org is null;
create index if not exists enrolments_referrer on enrolments (referrer_org, seq);
`;
