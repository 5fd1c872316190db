import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { ApiError, ConfigurationError } from '../errors/index.js';
import { type Page, Paginator } from './paginator.js';

/** Three pages of numbers: [1,2], [3,4], [5]. */
function numbers() {
  const pages: Record<string, Page<number>> = {
    start: { items: [1, 2], nextCursor: 'c2' },
    c2: { items: [3, 4], nextCursor: 'c3' },
    c3: { items: [5], nextCursor: null },
  };
  const fetchPage = vi.fn(async (cursor: string | undefined) => pages[cursor ?? 'start'] as Page<number>);
  return { paginator: new Paginator(fetchPage), fetchPage };
}

describe('Paginator', () => {
  it('is lazy and iterates every item across pages', async () => {
    const { paginator, fetchPage } = numbers();
    expect(fetchPage).not.toHaveBeenCalled();
    const items: number[] = [];
    for await (const n of paginator) items.push(n);
    expect(items).toEqual([1, 2, 3, 4, 5]);
    expect(fetchPage.mock.calls.map((c) => c[0])).toEqual([undefined, 'c2', 'c3']);
  });

  it('yields whole pages', async () => {
    const { paginator } = numbers();
    const sizes: number[] = [];
    for await (const page of paginator.pages()) sizes.push(page.items.length);
    expect(sizes).toEqual([2, 2, 1]);
  });

  it('toArray stops at the limit and fetches no more pages than needed', async () => {
    const { paginator, fetchPage } = numbers();
    await expect(paginator.toArray({ limit: 3 })).resolves.toEqual([1, 2, 3]);
    expect(fetchPage).toHaveBeenCalledTimes(2);
    await expect(numbers().paginator.toArray({ limit: 100 })).resolves.toEqual([1, 2, 3, 4, 5]);
  });

  it('toArray requires a positive integer limit, in types and at run time', async () => {
    const { paginator, fetchPage } = numbers();
    // @ts-expect-error a limit is required
    await expect(paginator.toArray()).rejects.toBeInstanceOf(ConfigurationError);
    // @ts-expect-error a limit is required
    await expect(paginator.toArray({})).rejects.toMatchObject({ code: 'invalid_limit' });
    await expect(paginator.toArray({ limit: 0 })).rejects.toBeInstanceOf(ConfigurationError);
    await expect(paginator.toArray({ limit: 1.5 })).rejects.toBeInstanceOf(ConfigurationError);
    expect(fetchPage).not.toHaveBeenCalled();
    expectTypeOf(paginator.toArray).parameter(0).toEqualTypeOf<{ readonly limit: number }>();
  });

  it('throws a typed error when the registry repeats a cursor, rather than loop or stop quietly', async () => {
    const fetchPage = vi.fn(async () => ({ items: [1], nextCursor: 'same' }));
    const error = await new Paginator(fetchPage).toArray({ limit: 10 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'api', code: 'repeated_cursor', status: undefined });
    expect(fetchPage).toHaveBeenCalledTimes(2);
    // A limit reached before the repeat needs no further page, so nothing is wrong yet.
    await expect(new Paginator(fetchPage).toArray({ limit: 2 })).resolves.toEqual([1, 1]);
  });

  it('ends on an absent cursor and handles empty pages', async () => {
    const paginator = new Paginator(async () => ({ items: [] as number[] }));
    await expect(paginator.toArray({ limit: 5 })).resolves.toEqual([]);
  });
});
