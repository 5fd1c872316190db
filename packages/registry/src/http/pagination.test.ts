import fc from 'fast-check';
import { expect, it } from 'vitest';
import { decodeCursor, encodeCursor, page, pageRequest } from './pagination.js';
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
