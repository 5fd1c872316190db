import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from './random.js';
import { RandomChoiceError } from './random-choice-error.js';

describe('createRandom', () => {
  it('throws a typed RandomChoiceError when there is nothing to choose from', () => {
    const rng = createRandom(5);
    expect(() => rng.pick([])).toThrow(RandomChoiceError);
    expect(() => rng.pick([])).toThrow(expect.objectContaining({ code: 'empty_choice' }));
    expect(() => rng.weighted([])).toThrow(RandomChoiceError);
    expect(rng.pick(['only'])).toBe('only');
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const a = createRandom(7);
    const b = createRandom(7);
    const c = createRandom(8);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
  });

  it('keeps int within bounds and reaches both ends', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: 0, max: 20 }),
        (seed, min, span) => {
          const rng = createRandom(seed);
          for (let i = 0; i < 50; i++) {
            const v = rng.int(min, min + span);
            expect(v).toBeGreaterThanOrEqual(min);
            expect(v).toBeLessThanOrEqual(min + span);
            expect(Number.isInteger(v)).toBe(true);
          }
        },
      ),
    );
    const rng = createRandom(1);
    const seen = new Set(Array.from({ length: 500 }, () => rng.int(1, 6)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('samples distinct elements', () => {
    const rng = createRandom(3);
    const s = rng.sample([1, 2, 3, 4, 5], 3);
    expect(new Set(s).size).toBe(3);
    expect(rng.sample([1, 2], 5)).toHaveLength(2);
  });
});
