/**
 * The sixth schema change: what support requests are listed and authorised by, as generated columns of
 * core's document so that every writer (the API, the demo seed) keeps them right. The addressed
 * government desk reads the requests whose `to_org` is its own; both parties list them by status.
 * Follow-ups and service deliveries need nothing beyond migration 3's `org_id` and `participant_id`
 * columns and their indexes.
 */
export const care = `
alter table support_requests add column to_org text generated always as (data->>'toOrganizationId') stored;
alter table support_requests add column status text generated always as (data->>'status') stored;
create index support_requests_to_org on support_requests (to_org, seq);
create index support_requests_participant on support_requests (participant_id, seq);
`;
