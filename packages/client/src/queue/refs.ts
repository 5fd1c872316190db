import type { QueueRef } from './types.js';

/** Whether a value is a {@link QueueRef}. */
export function isRef(value: unknown): value is QueueRef {
  return typeof value === 'object' && value !== null && typeof (value as QueueRef).$queueRef === 'string';
}

/** The ref names a value mentions, at any depth. */
export function refsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (isRef(value)) found.add(value.$queueRef);
  else if (Array.isArray(value)) for (const item of value) refsIn(item, found);
  else if (typeof value === 'object' && value !== null)
    for (const item of Object.values(value)) refsIn(item, found);
  return found;
}

/**
 * A copy of `value` with every {@link QueueRef} replaced by the referred answer's field, or `undefined`
 * when one is not known yet. Deterministic: a resend builds the same body, so the registry sees the
 * same request under the same idempotency key.
 *
 * @example
 * ```ts
 * resolveRefs({ participantId: ref('p1') }, new Map([['p1', { id: 'pt_1' }]])); // { participantId: 'pt_1' }
 * ```
 */
export function resolveRefs(
  value: unknown,
  results: ReadonlyMap<string, Readonly<Record<string, unknown>>>,
): unknown {
  let missing = false;
  const walk = (v: unknown): unknown => {
    if (isRef(v)) {
      const found = results.get(v.$queueRef)?.[v.field ?? 'id'];
      if (found === undefined) missing = true;
      return found;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v === 'object' && v !== null)
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  const out = walk(value);
  return missing ? undefined : out;
}

/**
 * For each ref name the values mention, the fields of its answer they use.
 *
 * @example
 * ```ts
 * refFields([{ participantId: ref('p1') }]); // Map { 'p1' => Set { 'id' } }
 * ```
 */
export function refFields(values: readonly unknown[]): Map<string, Set<string>> {
  const needed = new Map<string, Set<string>>();
  const walk = (v: unknown): void => {
    if (isRef(v)) {
      const fields = needed.get(v.$queueRef) ?? new Set<string>();
      fields.add(v.field ?? 'id');
      needed.set(v.$queueRef, fields);
    } else if (typeof v === 'object' && v !== null) {
      for (const x of Array.isArray(v) ? v : Object.values(v)) walk(x);
    }
  };
  for (const value of values) walk(value);
  return needed;
}
