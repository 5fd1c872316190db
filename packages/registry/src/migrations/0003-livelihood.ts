/**
 * The third schema change: one table for each record of the programme's livelihood half (training,
 * jobs, placements, enterprises, follow-ups, service deliveries, support requests, stories), in the
 * storage shape of the first schema: core's document (the record without `id`, `organizationId`,
 * `createdAt`, `updatedAt`) in `data`, the owning organisation (the record's `organizationId`) in
 * `org_id`, and the participant's pseudonymous id where the record concerns one.
 *
 * Columns that lists filter, join or authorise on are added by later migrations as generated columns
 * (`generated always as (data->>'…') stored`), so every writer (the API, the demo seed) keeps them right.
 */
export const livelihood = `
create table training_programmes (
  id text primary key,
  org_id text not null references organizations (id),
  data jsonb not null,
  seq bigint not null default next_record_seq(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index training_programmes_org on training_programmes (org_id, seq);

create table enrolments (
  id text primary key,
  org_id text not null references organizations (id),
  participant_id text not null references participants (id),
  data jsonb not null,
  seq bigint not null default next_record_seq(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index enrolments_org on enrolments (org_id, seq);
create index enrolments_participant on enrolments (participant_id, seq);

create table job_offers (
  id text primary key,
  org_id text not null references organizations (id),
  data jsonb not null,
  seq bigint not null default next_record_seq(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index job_offers_org on job_offers (org_id, seq);

create table placements (
  id text primary key,
  org_id text not null references organizations (id),
  participant_id text not null references participants (id),
  data jsonb not null,
  seq bigint not null default next_record_seq(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index placements_org on placements (org_id, seq);
create index placements_participant on placements (participant_id, seq);

create table enterprises (
  id text primary key,
  org_id text not null references organizations (id),
  participant_id text not null references participants (id),
  data jsonb not null,
  seq bigint not null default next_record_seq(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index enterprises_org on enterprises (org_id, seq);
create index enterprises_participant on enterprises (participant_id, seq);

create table follow_ups (
  id text primary key,
  org_id text not null references organizations (id),
  participant_id text not null references participants (id),
  data jsonb not null,
  seq bigint not null default next_record_seq(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index follow_ups_org on follow_ups (org_id, seq);
create index follow_ups_participant on follow_ups (participant_id, seq);

create table service_deliveries (
  id text primary key,
  org_id text not null references organizations (id),
  participant_id text not null references participants (id),
  data jsonb not null,
  seq bigint not null default next_record_seq(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index service_deliveries_org on service_deliveries (org_id, seq);
create index service_deliveries_participant on service_deliveries (participant_id, seq);

create table support_requests (
  id text primary key,
  org_id text not null references organizations (id),
  participant_id text references participants (id),
  data jsonb not null,
  seq bigint not null default next_record_seq(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index support_requests_org on support_requests (org_id, seq);

create table stories (
  id text primary key,
  org_id text not null references organizations (id),
  participant_id text not null references participants (id),
  data jsonb not null,
  seq bigint not null default next_record_seq(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index stories_org on stories (org_id, seq);
create index stories_participant on stories (participant_id, seq);
`;
