/**
 * The second schema change:
 * - `seq` follows commit order: every table paged by `seq` takes its value from `next_record_seq()`,
 *   which first takes one transaction-scoped advisory lock, so a transaction that takes a `seq` holds
 *   the lock until it commits and a later one can only take a higher `seq` after that. A reader that
 *   passed `seq` N can therefore never see a record with a lower `seq` commit afterwards.
 * - keys replaced by a rotation stay valid until `expires_at` (a grace period);
 * - idempotency keys are scoped to the credential (`scope`: the user of a staff token, else the key)
 *   and expire (swept by `created_at`).
 */
export const hardening = `
create function next_record_seq() returns bigint language sql volatile as $$
  select pg_advisory_xact_lock(4400002);
  select nextval('record_seq');
$$;
alter table organizations alter column seq set default next_record_seq();
alter table users alter column seq set default next_record_seq();
alter table api_keys alter column seq set default next_record_seq();
alter table participants alter column seq set default next_record_seq();
alter table consents alter column seq set default next_record_seq();
alter table needs_assessments alter column seq set default next_record_seq();
alter table livelihood_plans alter column seq set default next_record_seq();
alter table referrals alter column seq set default next_record_seq();

alter table api_keys add column expires_at timestamptz;

alter table idempotency_keys add column scope text not null default '';
alter table idempotency_keys drop constraint idempotency_keys_pkey;
alter table idempotency_keys add primary key (org_id, scope, key);
create index idempotency_keys_created on idempotency_keys (created_at);
`;
