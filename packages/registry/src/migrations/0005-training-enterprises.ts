/**
 * The fifth schema change: the generated columns and indexes that training programmes, enrolments and
 * enterprises are listed, joined and authorised on. Each is computed from `data`, so every writer (the API,
 * the demo seed) keeps it right without knowing about it.
 *
 * - `training_programmes.provider_org`, `published`, `district`, `trade`: who runs a programme (it records
 *   enrolments in it), whether other partners see it, and the list filters.
 * - `enrolments.referral_id`, `programme_id`: the referral an enrolment came from (the referring NGO reads
 *   the enrolments of its own referrals) and the programme.
 * - `enterprises.enterprise_code`, and a containment index over `marketLinkages`: a corporate buyer sees the
 *   enterprises it is linked to, by code.
 */
export const trainingEnterprises = `
alter table training_programmes
  add column provider_org text generated always as (data->>'providerOrganizationId') stored,
  add column published boolean generated always as ((data->>'published')::boolean) stored,
  add column district text generated always as (data->>'district') stored,
  add column trade text generated always as (data->>'trade') stored;
create index training_programmes_provider on training_programmes (provider_org, seq);
create index training_programmes_published on training_programmes (published, seq);

alter table enrolments
  add column referral_id text generated always as (data->>'referralId') stored,
  add column programme_id text generated always as (data->>'programmeId') stored;
create index enrolments_referral on enrolments (referral_id);
create index enrolments_programme on enrolments (programme_id, seq);

alter table enterprises
  add column enterprise_code text generated always as (data->>'enterpriseCode') stored;
create index enterprises_code on enterprises (enterprise_code);
create index enterprises_linkages on enterprises using gin ((data->'marketLinkages') jsonb_path_ops);
`;
