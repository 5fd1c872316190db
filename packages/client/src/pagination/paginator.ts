import { ApiError } from '../errors/api-error.js';
import { ConfigurationError } from '../errors/configuration-error.js';

/**
 * One page of a list, as the registry returns it: the items and an opaque cursor to the next page
 * (null or absent on the last page).
 *
 * @example
 * ```ts
 * const page: Page<{ id: string }> = { items: [{ id: 'ref_1' }], nextCursor: null };
 * ```
 */
export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor?: string | null;
}

/** Fetches the page that starts at `cursor` (undefined for the first). */
export type PageFetcher<T> = (cursor: string | undefined) => Promise<Page<T>>;

/** Options of {@link Paginator.toArray}: a limit is required, so a list can never load without bound. */
export interface ToArrayOptions {
  /** The most items to return; pages stop loading once it is reached. A positive integer. */
  readonly limit: number;
}

/**
 * The result of every list method: lazy (nothing is fetched until you iterate), an async iterable of
 * items across pages, with `.pages()` for whole pages and `.toArray({ limit })` for a bounded array.
 *
 * @example
 * ```ts
 * for await (const referral of client.referrals.list({ status: 'sent' })) console.log(referral.id);
 * const first50 = await client.referrals.list().toArray({ limit: 50 });
 * for await (const page of client.referrals.list().pages()) console.log(page.items.length);
 * ```
 */
export class Paginator<T> implements AsyncIterable<T> {
  readonly #fetchPage: PageFetcher<T>;

  constructor(fetchPage: PageFetcher<T>) {
    this.#fetchPage = fetchPage;
  }

  /**
   * Every page in order, fetching the next only when asked for.
   *
   * @throws ApiError (`code: 'repeated_cursor'`) when the registry hands back a cursor it gave before:
   *   following it would loop for ever, and stopping quietly would pass a partial list off as whole.
   */
  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    let cursor: string | undefined;
    const seen = new Set<string>();
    do {
      const page = await this.#fetchPage(cursor);
      yield page;
      cursor = page.nextCursor ?? undefined;
      if (cursor !== undefined) {
        if (seen.has(cursor))
          throw new ApiError('The registry repeated a page cursor', { code: 'repeated_cursor' });
        seen.add(cursor);
      }
    } while (cursor !== undefined);
  }

  /** Every item of every page, in order. */
  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.pages()) yield* page.items;
  }

  /**
   * Up to `limit` items, fetching only the pages needed.
   *
   * @throws ConfigurationError (`code: 'invalid_limit'`) unless `limit` is a positive integer.
   * @throws ApiError (`code: 'repeated_cursor'`), see {@link Paginator.pages}.
   */
  async toArray(options: ToArrayOptions): Promise<T[]> {
    const limit = options?.limit;
    if (!Number.isInteger(limit) || limit < 1) {
      throw new ConfigurationError('toArray() needs { limit } as a positive integer', {
        code: 'invalid_limit',
      });
    }
    const items: T[] = [];
    for await (const item of this) {
      items.push(item);
      if (items.length >= limit) break;
    }
    return items;
  }
}
