import { RandomChoiceError } from './random-choice-error.js';

/**
 * A small seeded pseudo-random generator (sfc32 seeded through splitmix32), so that the synthetic programme
 * is the same on every machine and in every browser for the same seed. Not for anything secret.
 *
 * @example
 * ```ts
 * const rng = createRandom(42);
 * rng.int(1, 6); // the same roll for seed 42, everywhere
 * ```
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list; throws a {@link RandomChoiceError} for an empty one. */
  pick<T>(items: readonly T[]): T;
  /** One element, chosen with the given relative weights; throws a {@link RandomChoiceError} for none. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** `n` distinct elements (or all of them when `n` is larger). */
  sample<T>(items: readonly T[], n: number): T[];
  /** A 16-character lowercase base-36 string, for deterministic ids. */
  idBody(): string;
}

function splitmix32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x9e3779b9) >>> 0;
    let z = a;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * Creates a deterministic generator from an integer seed.
 *
 * @param seed - any integer; the same seed gives the same sequence
 * @example
 * ```ts
 * const rng = createRandom(2026);
 * rng.pick(['Kathmandu', 'Lalitpur']);
 * `pt_${rng.idBody()}`; // a deterministic participant id
 * ```
 */
export function createRandom(seed: number): Random {
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const next = (): number => {
    // sfc32
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RandomChoiceError();
    return items[Math.floor(next() * items.length)] as T;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    weighted: <T>(items: readonly (readonly [T, number])[]): T => {
      if (items.length === 0) throw new RandomChoiceError();
      let total = 0;
      for (let i = 0; i < items.length; i++) total += items[i]![1];
      let r = next() * total;
      for (let i = 0; i < items.length; i++) {
        r -= items[i]![1];
        if (r < 0) return items[i]![0];
      }
      return items[items.length - 1]![0];
    },
    sample: <T>(items: readonly T[], n: number): T[] => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy.slice(0, Math.min(n, copy.length));
    },
    idBody: () => {
      // Four draws of four base-36 digits each (36^4 = 1,679,616 < 2^32): fast enough for millions of ids.
      let s = '';
      for (let i = 0; i < 4; i++)
        s += Math.floor(next() * 1_679_616)
          .toString(36)
          .padStart(4, '0');
      return s;
    },
  };
}
