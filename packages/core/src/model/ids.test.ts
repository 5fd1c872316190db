import { describe, expect, it } from 'vitest';
import { ID_PREFIXES, idSchema, newId } from './ids.js';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** Pearson's chi-square statistic of the characters of `bodies` against a uniform alphabet. */
function chiSquare(bodies: readonly string[]): number {
  const counts = new Map<string, number>([...ALPHABET].map((ch) => [ch, 0]));
  let total = 0;
  for (const body of bodies) {
    for (const ch of body) {
      counts.set(ch, (counts.get(ch) ?? 0) + 1);
      total += 1;
    }
  }
  expect(counts.size).toBe(ALPHABET.length); // nothing outside the alphabet
  const expected = total / ALPHABET.length;
  let sum = 0;
  for (const n of counts.values()) sum += (n - expected) ** 2 / expected;
  return sum;
}

// 35 degrees of freedom: a uniform source exceeds 100 with probability below 1e-7, so the test does not
// flake; the old `b % 36` mapping scores about 600 on this many characters, so it fails.
const THRESHOLD = 100;
const IDS = 20_000;

/** The mapping ids used before: `b % 36` over every byte, which favours `0` to `3`. */
function biasedBody(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => ALPHABET[b % 36]).join('');
}

describe('newId', () => {
  it('has the prefix of its kind and a body its id schema accepts', () => {
    for (const kind of Object.keys(ID_PREFIXES) as (keyof typeof ID_PREFIXES)[]) {
      const id = newId(kind);
      expect(id.startsWith(`${ID_PREFIXES[kind]}_`)).toBe(true);
      expect(id).toMatch(/_[0-9a-z]{16}$/);
      expect(idSchema(kind).safeParse(id).success).toBe(true);
    }
  });

  it('draws every character of the alphabet equally often (chi-square)', () => {
    const bodies = Array.from({ length: IDS }, () => newId('participant').slice(3));
    expect(new Set(bodies).size).toBe(IDS);
    expect(chiSquare(bodies)).toBeLessThan(THRESHOLD);
  });

  it('the same test rejects the biased mapping it replaced', () => {
    const bodies = Array.from({ length: IDS }, biasedBody);
    expect(chiSquare(bodies)).toBeGreaterThan(THRESHOLD);
  });
});
