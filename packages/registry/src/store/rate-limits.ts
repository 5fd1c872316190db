import type { Queryable } from '../db/database.js';

/** One bucket's count in the current minute and the seconds until that minute ends. */
export interface BucketCount {
  readonly count: number;
  readonly reset: number;
  /** The milliseconds until the minute ends, on the database's clock: how long a leased count is valid. */
  readonly resetMs: number;
}

const RESET = "ceil(extract(epoch from (window_start + interval '1 minute' - now())))::int";
const RESET_MS = "(extract(epoch from (window_start + interval '1 minute' - now())) * 1000)::float8";

// A count need not survive a crash: its commit does not wait for the write-ahead log to reach the disk
// (`synchronous_commit` off for this statement's own transaction only), so that the one row every request
// of a key updates is not held through a disk flush while the others queue for it.
const NO_FLUSH = "(select set_config('synchronous_commit', 'off', true)) as no_flush";

/**
 * Counts `n` requests (default one) in `bucket`'s current minute (a row per bucket and minute, shared by
 * every process on one PostgreSQL) and returns the count so far and the seconds until the window resets.
 */
export async function countRequest(db: Queryable, bucket: string, n = 1): Promise<BucketCount | undefined> {
  const [row] = await db.query<{ count: number; reset: number; reset_ms: number }>(
    `insert into rate_limits (bucket, window_start, count)
       select $1, date_trunc('minute', now()), $2::int from ${NO_FLUSH}
     on conflict (bucket, window_start) do update set count = rate_limits.count + excluded.count
     returning count, ${RESET} as reset, ${RESET_MS} as reset_ms`,
    [bucket, n],
  );
  return row && { count: Number(row.count), reset: Number(row.reset), resetMs: Number(row.reset_ms) };
}

/**
 * Counts `n` requests (default one) of one public visitor, in one statement: always in the visitor's
 * bucket, and in the key's shared bucket only those within `visitorLimit`. A visitor refused for its own
 * excess therefore never spends the key's cap that every other visitor of the same widget shares.
 * `key` is the key's count after the statement, with `keyAdded` of them added by it.
 */
export async function countVisitorRequest(
  db: Queryable,
  keyBucket: string,
  visitorBucket: string,
  visitorLimit: number,
  n = 1,
): Promise<{ visitor: BucketCount; key: BucketCount; keyAdded: number }> {
  const [row] = await db.query<{
    v_count: number;
    v_reset: number;
    v_reset_ms: number;
    k_count: number;
    k_reset: number;
    k_added: number;
  }>(
    `with v as (
       insert into rate_limits (bucket, window_start, count)
         select $2, date_trunc('minute', now()), $4::int from ${NO_FLUSH}
       on conflict (bucket, window_start) do update set count = rate_limits.count + excluded.count
       returning count, ${RESET} as reset, ${RESET_MS} as reset_ms
     ), k as (
       insert into rate_limits (bucket, window_start, count)
         select $1, date_trunc('minute', now()), least($4::int, $3 - (v.count - $4)) from v
         where v.count - $4 < $3
       on conflict (bucket, window_start) do update set count = rate_limits.count + excluded.count
       returning count, ${RESET} as reset
     )
     select v.count as v_count, v.reset as v_reset, v.reset_ms as v_reset_ms,
       least($4::int, greatest(0, $3::int - (v.count - $4::int))) as k_added,
       coalesce(k.count, (select r.count from rate_limits r
         where r.bucket = $1 and r.window_start = date_trunc('minute', now())), 0) as k_count,
       coalesce(k.reset, v.reset) as k_reset
     from v left join k on true`,
    [keyBucket, visitorBucket, visitorLimit, n],
  );
  const resetMs = Number(row?.v_reset_ms ?? 0);
  return {
    visitor: { count: Number(row?.v_count ?? 0), reset: Number(row?.v_reset ?? 60), resetMs },
    key: { count: Number(row?.k_count ?? 0), reset: Number(row?.k_reset ?? 60), resetMs },
    keyAdded: Number(row?.k_added ?? 0),
  };
}

/** The database's secret salt for hashing client addresses (migration 11). */
export async function rateLimitSalt(db: Queryable): Promise<string> {
  const [row] = await db.query<{ salt: string }>('select salt from rate_limit_salt');
  if (!row) throw new Error('rate_limit_salt is empty: the database is not migrated');
  return row.salt;
}

/** Deletes counting windows older than ten minutes. */
export async function sweepRateLimits(db: Queryable): Promise<void> {
  await db.query("delete from rate_limits where window_start < now() - interval '10 minutes'");
}
