/**
 * The fourth schema change: what the job-offer list and placements filter, sort, search and authorise on,
 * as generated columns of `data` (so every writer, the API and the demo seed alike, keeps them right).
 *
 * Job offers: status, district, trade, employment type; the sort keys of the public list (`posted_on`,
 * empty before the offer first opens, so newest-first puts drafts last; `closes_on`, `9999-12-31` when
 * the offer never expires, so closing-soonest puts those last; `wage_min`); and `search`, a `tsvector`
 * of title and description with the `simple` configuration (no stemming, so English and Nepali words
 * match alike), served by a GIN index. Each sort has an index that serves its keyset
 * (`(status, key, seq)`), so a page costs the same wherever it starts.
 *
 * Placements: the offer (`job_offer_id`), through which the offer's company sees the placement; the
 * referral it came from; and the placement code, unique, so two placements never share one.
 */
export const jobOffers = `
alter table job_offers
  add column status text generated always as (data->>'status') stored,
  add column district text generated always as (data->>'district') stored,
  add column trade text generated always as (data->>'trade') stored,
  add column employment_type text generated always as (data->>'employmentType') stored,
  add column posted_on text generated always as (coalesce(data->>'postedOn', '')) stored,
  add column closes_on text generated always as (coalesce(data->>'validThrough', '9999-12-31')) stored,
  add column wage_min numeric generated always as ((data->'wage'->>'minMonthlyNpr')::numeric) stored,
  add column search tsvector generated always as (
    to_tsvector('simple'::regconfig, coalesce(data->>'title', '') || ' ' || coalesce(data->>'description', ''))
  ) stored;
create index job_offers_newest on job_offers (status, posted_on desc, seq desc);
create index job_offers_closing on job_offers (status, closes_on, seq);
create index job_offers_wage on job_offers (status, wage_min desc, seq desc);
create index job_offers_org_status on job_offers (org_id, status, seq);
create index job_offers_search on job_offers using gin (search);

alter table placements
  add column job_offer_id text generated always as (data->>'jobOfferId') stored,
  add column referral_id text generated always as (data->>'referralId') stored,
  add column placement_code text generated always as (data->>'placementCode') stored;
create index placements_offer on placements (job_offer_id, seq);
create unique index placements_code on placements (placement_code);
`;
