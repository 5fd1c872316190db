/**
 * Webhooks (docs/decisions/2026-12-06-webhooks.md): the endpoints partners register, the outbox of events
 * (written in the transaction of the change), one delivery per event and subscribed endpoint, and every
 * attempt. Payloads hold ids and statuses only. A delivery is claimed by pushing `next_attempt_at` past
 * a lease under `for update skip locked`, so two processes never post the same delivery at once, and a
 * process that dies mid-delivery leaves it due again when the lease ends.
 */
export const webhooks = `
create table webhook_endpoints (
  id text primary key,
  org_id text not null references organizations (id),
  url text not null,
  events text[] not null,
  description text,
  secret text not null,
  previous_secret text,
  previous_secret_expires_at timestamptz,
  disabled boolean not null default false,
  seq bigint not null default nextval('record_seq'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index webhook_endpoints_org on webhook_endpoints (org_id, seq);

create table webhook_events (
  id text primary key,
  type text not null,
  payload text not null,
  seq bigint not null default nextval('record_seq'),
  created_at timestamptz not null default now()
);

create table webhook_deliveries (
  id text primary key,
  event_id text not null references webhook_events (id) on delete cascade,
  endpoint_id text not null references webhook_endpoints (id) on delete cascade,
  org_id text not null references organizations (id),
  status text not null default 'pending' check (status in ('pending', 'delivered', 'failed')),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null default now(),
  claim text,
  last_status_code integer,
  delivered_at timestamptz,
  seq bigint not null default nextval('record_seq'),
  created_at timestamptz not null default now(),
  unique (event_id, endpoint_id)
);
create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where status = 'pending';
create index webhook_deliveries_endpoint on webhook_deliveries (endpoint_id, seq);

create table webhook_attempts (
  id bigint primary key default nextval('record_seq'),
  delivery_id text not null references webhook_deliveries (id) on delete cascade,
  attempted_at timestamptz not null default now(),
  status_code integer,
  duration_ms integer not null,
  error text
);
create index webhook_attempts_delivery on webhook_attempts (delivery_id, id);
`;
