import type { Queryable } from '../db/database.js';

/**
 * Counts one request in `bucket`'s current minute (a row per bucket and minute, shared by every process
 * on one PostgreSQL) and returns the count so far and the seconds until the window resets.
 */
export async function countRequest(
  db: Queryable,
  bucket: string,
): Promise<{ count: number; reset: number } | undefined> {
  const [row] = await db.query<{ count: number; reset: number }>(
    `insert into rate_limits (bucket, window_start, count) values ($1, date_trunc('minute', now()), 1)
     on conflict (bucket, window_start) do update set count = rate_limits.count + 1
     returning count, ceil(extract(epoch from (window_start + interval '1 minute' - now())))::int as reset`,
    [bucket],
  );
  return row;
}

/** Deletes counting windows older than ten minutes. */
export async function sweepRateLimits(db: Queryable): Promise<void> {
  await db.query("delete from rate_limits where window_start < now() - interval '10 minutes'");
}
