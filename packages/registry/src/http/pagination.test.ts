import fc from 'fast-check';
import { expect, it } from 'vitest';
import {
  decodeCursor,
  decodeKeyedCursor,
  encodeCursor,
  encodeKeyedCursor,
  keyedPage,
  page,
  pageRequest,
} from './pagination.js';
import { Problem } from './problem.js';

it('round-trips every position through an opaque cursor', () => {
  fc.assert(
    fc.property(fc.nat(), (seq) => {
      expect(decodeCursor(encodeCursor({ seq }))).toEqual({ seq });
    }),
  );
});

it('refuses anything it did not issue with a bad-cursor problem', () => {
  fc.assert(
    fc.property(fc.string(), (text) => {
      try {
        // A random string that happens to decode must still be a well-formed position.
        expect(Number.isSafeInteger(decodeCursor(text).seq)).toBe(true);
      } catch (error) {
        expect(error).toBeInstanceOf(Problem);
        expect((error as Problem).type).toBe('bad-cursor');
      }
    }),
  );
});

it('builds pages from limit + 1 rows', () => {
  const rows = [{ seq: 1 }, { seq: 2 }, { seq: 3 }];
  expect(page(rows, 2, (r) => r.seq)).toEqual({ items: [1, 2], nextCursor: encodeCursor({ seq: 2 }) });
  expect(page(rows, 3, (r) => r.seq).nextCursor).toBeNull();
  expect(pageRequest(undefined, '10', 100)).toEqual({ limit: 10, after: 0 });
  expect(() => pageRequest(undefined, '0', 100)).toThrow(Problem);
});

it('round-trips keyed positions, and refuses a keyed cursor of another sort or a plain cursor', () => {
  fc.assert(
    fc.property(fc.nat(), fc.string({ maxLength: 64 }), (seq, key) => {
      const cursor = encodeKeyedCursor({ order: 'closing', key, seq });
      expect(decodeKeyedCursor(cursor, 'closing')).toEqual({ order: 'closing', key, seq });
      expect(() => decodeKeyedCursor(cursor, 'wage')).toThrow(Problem);
    }),
  );
  expect(() => decodeKeyedCursor(encodeCursor({ seq: 3 }), 'closing')).toThrow(Problem);
  const rows = [1, 2, 3].map((seq) => ({ seq, k: `2099-0${seq}-01` }));
  const result = keyedPage(
    rows,
    2,
    'closing',
    (r) => r.k,
    (r) => r.seq,
  );
  expect(result.items).toEqual([1, 2]);
  expect(decodeKeyedCursor(result.nextCursor!, 'closing')).toEqual({
    order: 'closing',
    key: '2099-02-01',
    seq: 2,
  });
  expect(
    keyedPage(
      rows,
      3,
      'closing',
      (r) => r.k,
      (r) => r.seq,
    ).nextCursor,
  ).toBeNull();
});
