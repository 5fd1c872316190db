import * as z from 'zod/mini';
import { issue } from '../messages.js';
import { Problem } from './problem.js';

/** The query parameters every list endpoint accepts. */
export const PageQuerySchema = z.object({
  /** An opaque cursor from a previous page's `nextCursor`. */
  cursor: z.optional(z.string().check(z.maxLength(200))),
  /** How many items per page (1 to 100, default 50). */
  limit: z.optional(z.string().check(z.regex(/^\d{1,3}$/))),
});

/** A decoded cursor: the position after which the next page starts. */
export interface Position {
  readonly seq: number;
}

const CURSOR_VERSION = 1;

/**
 * Encodes a keyset position as an opaque base64url cursor. Lists are ordered by `seq`, a number every
 * record gets from one sequence when it is created: records added while a client pages through a list
 * come after its cursor, so no record is returned twice or skipped.
 *
 * @example
 * ```ts
 * encodeCursor({ seq: 42 }); // 'eyJ2IjoxLCJzIjo0Mn0'
 * ```
 */
export function encodeCursor(position: Position): string {
  return Buffer.from(JSON.stringify({ v: CURSOR_VERSION, s: position.seq })).toString('base64url');
}

/**
 * Decodes a cursor from {@link encodeCursor}; anything else is a 400 `bad-cursor` problem.
 *
 * @example
 * ```ts
 * decodeCursor(encodeCursor({ seq: 42 })); // { seq: 42 }
 * ```
 */
export function decodeCursor(cursor: string): Position {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as {
      v?: unknown;
      s?: unknown;
    };
    if (value.v === CURSOR_VERSION && Number.isSafeInteger(value.s) && (value.s as number) >= 0) {
      return { seq: value.s as number };
    }
  } catch {
    // fall through to the problem below
  }
  throw new Problem('bad-cursor', 'The cursor is not one this registry issued.', {
    errors: [issue(['cursor'], 'invalid_cursor')],
  });
}

/**
 * The page size and start position of a list request, validated.
 *
 * @example
 * ```ts
 * const { limit, after } = pageRequest(c.req.query('cursor'), c.req.query('limit'), 100);
 * ```
 */
export function pageRequest(
  cursor: string | undefined,
  limit: string | undefined,
  maxPageSize: number,
): { limit: number; after: number } {
  let size = 50;
  if (limit !== undefined) {
    size = Number(limit);
    if (!/^\d{1,4}$/.test(limit) || size < 1 || size > maxPageSize) {
      throw new Problem('bad-request', `limit must be a whole number from 1 to ${maxPageSize}.`, {
        errors: [issue(['limit'], 'invalid_limit', { maximum: maxPageSize })],
      });
    }
  }
  return { limit: Math.min(size, maxPageSize), after: cursor ? decodeCursor(cursor).seq : 0 };
}

/**
 * Builds a page from `limit + 1` fetched rows: the extra row only tells that there is a next page.
 *
 * @example
 * ```ts
 * const rows = await db.query(`... where seq > $1 order by seq limit $2`, [after, limit + 1]);
 * return c.json(page(rows, limit, toParticipant));
 * ```
 */
export function page<R extends { seq: number }, T>(
  rows: readonly R[],
  limit: number,
  map: (row: R) => T,
): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map(map),
    nextCursor: rows.length > limit && last ? encodeCursor({ seq: Number(last.seq) }) : null,
  };
}

/** A position in a list sorted by another key than `seq`: the sort, the last row's key and its `seq`. */
export interface KeyedPosition {
  /** The sort the cursor was issued for; a cursor of another sort is refused. */
  readonly order: string;
  readonly key: string;
  readonly seq: number;
}

/**
 * Encodes a {@link KeyedPosition} as an opaque cursor (same envelope as {@link encodeCursor}, so a
 * keyed cursor is never mistaken for a plain one of another list: it also names its sort).
 *
 * @example
 * ```ts
 * encodeKeyedCursor({ order: 'newest', key: '2026-11-28', seq: 42 });
 * ```
 */
export function encodeKeyedCursor(position: KeyedPosition): string {
  return Buffer.from(
    JSON.stringify({ v: CURSOR_VERSION, s: position.seq, o: position.order, k: position.key }),
  ).toString('base64url');
}

/**
 * Decodes a cursor of {@link encodeKeyedCursor} issued for `order`; anything else (another sort's
 * cursor included) is a 400 `bad-cursor` problem.
 *
 * @example
 * ```ts
 * const after = cursor ? decodeKeyedCursor(cursor, 'closing') : null;
 * ```
 */
export function decodeKeyedCursor(cursor: string, order: string): KeyedPosition {
  const { seq } = decodeCursor(cursor);
  const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { o?: unknown; k?: unknown };
  if (value.o === order && typeof value.k === 'string' && value.k.length <= 64) {
    return { order, key: value.k, seq };
  }
  throw new Problem('bad-cursor', 'The cursor was issued for another list or sort.', {
    errors: [issue(['cursor'], 'invalid_cursor')],
  });
}

/**
 * Builds a page from `limit + 1` rows of a keyed list: like {@link page}, with a keyed cursor.
 *
 * @example
 * ```ts
 * return c.json(keyedPage(rows, limit, 'newest', (row) => row.sort_key, toJobOffer));
 * ```
 */
export function keyedPage<R extends { seq: number }, T>(
  rows: readonly R[],
  limit: number,
  order: string,
  keyOf: (row: R) => string,
  map: (row: R) => T,
): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map(map),
    nextCursor:
      rows.length > limit && last
        ? encodeKeyedCursor({ order, key: keyOf(last), seq: Number(last.seq) })
        : null,
  };
}
