/**
 * Participants' rights and the audit read API:
 * - `participants.erased_at` and `participants.erasure` (`request` or `retention`): when and why a
 *   participant's identifying data was erased (see docs/decisions/2026-12-06-erasure-retention.md). Only
 *   the erasure writes them, so they are plain columns;
 * - indexes for `GET /v1/audit-events` filtered by record or by actor, paged by `id`.
 */
export const rights = `
alter table participants add column erased_at timestamptz;
alter table participants add column erasure text check (erasure in ('request', 'retention'));
create index audit_log_resource on audit_log (resource_id, id);
create index audit_log_actor_key on audit_log (actor_key, id);
create index audit_log_actor_user on audit_log (actor_user, id);
`;
