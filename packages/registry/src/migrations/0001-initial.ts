/**
 * The first schema: organisations and their credentials, participant records, referrals, audit,
 * idempotency and rate limits. Domain records keep core's document in `data` (validated by core's
 * schemas before it is written) beside the columns that are filtered, joined or authorised on.
 */
export const initial = `
create sequence record_seq;

create table organizations (
  id text primary key,
  name text not null,
  role text not null,
  districts text[] not null default '{}',
  allowed_origins text[] not null default '{}',
  data jsonb not null,
  seq bigint not null default nextval('record_seq'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index organizations_seq on organizations (seq);

create table users (
  id text primary key,
  org_id text not null references organizations (id),
  data jsonb not null,
  permissions text[] not null default '{}',
  disabled_at timestamptz,
  seq bigint not null default nextval('record_seq'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index users_org on users (org_id, seq);

create table api_keys (
  id text primary key,
  org_id text not null references organizations (id),
  kind text not null check (kind in ('secret', 'publishable')),
  hash text not null unique,
  hint text not null,
  seq bigint not null default nextval('record_seq'),
  created_at timestamptz not null default now(),
  revoked_at timestamptz,
  replaced_by text
);
create index api_keys_org on api_keys (org_id, seq);

create table staff_tokens (
  hash text primary key,
  org_id text not null references organizations (id),
  user_id text not null references users (id),
  key_id text not null references api_keys (id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index staff_tokens_expiry on staff_tokens (expires_at);

create table participants (
  id text primary key,
  org_id text not null references organizations (id),
  district text,
  data jsonb not null,
  seq bigint not null default nextval('record_seq'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index participants_org on participants (org_id, seq);

create table consents (
  id text primary key,
  participant_id text not null references participants (id),
  org_id text not null references organizations (id),
  purpose text not null,
  data jsonb not null,
  withdrawn_at timestamptz,
  seq bigint not null default nextval('record_seq'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index consents_participant on consents (participant_id, seq);

create table needs_assessments (
  id text primary key,
  participant_id text not null references participants (id),
  org_id text not null references organizations (id),
  data jsonb not null,
  seq bigint not null default nextval('record_seq'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index needs_assessments_participant on needs_assessments (participant_id, seq);

create table livelihood_plans (
  id text primary key,
  participant_id text not null references participants (id),
  org_id text not null references organizations (id),
  status text,
  data jsonb not null,
  seq bigint not null default nextval('record_seq'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index livelihood_plans_participant on livelihood_plans (participant_id, seq);

create table referrals (
  id text primary key,
  participant_id text not null references participants (id),
  from_org text not null references organizations (id),
  to_org text not null references organizations (id),
  status text not null,
  data jsonb not null,
  seq bigint not null default nextval('record_seq'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index referrals_from on referrals (from_org, seq);
create index referrals_to on referrals (to_org, seq);
create index referrals_participant on referrals (participant_id, to_org);

create table audit_log (
  id bigserial primary key,
  at timestamptz not null default now(),
  request_id text not null,
  actor_org text not null,
  actor_key text,
  actor_user text,
  action text not null,
  resource_type text not null,
  resource_id text not null,
  participant_id text,
  purpose text not null,
  detail jsonb
);
create index audit_log_participant on audit_log (participant_id, id);
create index audit_log_actor on audit_log (actor_org, id);

create table idempotency_keys (
  org_id text not null,
  key text not null,
  request_hash text not null,
  status integer not null,
  headers jsonb not null,
  body text not null,
  created_at timestamptz not null default now(),
  primary key (org_id, key)
);

create table rate_limits (
  bucket text not null,
  window_start timestamptz not null,
  count integer not null,
  primary key (bucket, window_start)
);
`;
