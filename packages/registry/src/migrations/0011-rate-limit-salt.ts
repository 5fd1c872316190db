/**
 * The secret salt that per-visitor rate-limit buckets hash client addresses with (see
 * docs/decisions/2026-12-06-rate-limits.md). One row per database, so that every registry process on one
 * PostgreSQL computes the same bucket for the same visitor; random, never sent out, never logged.
 * `gen_random_uuid()` is built into PostgreSQL 13+ and PGlite.
 */
export const rateLimitSalt = `
create table rate_limit_salt (
  id boolean primary key default true check (id),
  salt text not null
);
insert into rate_limit_salt (salt)
  values (replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));
`;
