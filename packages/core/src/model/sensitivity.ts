import { defineEnum, type EnumValue } from '../i18n/enumeration.js';

/**
 * How sensitive a field is. Other packages redact by it: the registry never sends `sensitive` or
 * `free_text` fields to roles that may not see personal data; components mask them.
 *
 * @example
 * ```ts
 * Sensitivity.values; // ['public', 'internal', 'sensitive', 'free_text']
 * Sensitivity.label('free_text', 'en'); // 'Free text (sensitive)'
 * ```
 */
export const Sensitivity = defineEnum('sensitivity', {
  public: { en: 'Public', ne: 'सार्वजनिक' },
  internal: { en: 'Internal', ne: 'आन्तरिक' },
  sensitive: { en: 'Sensitive', ne: 'संवेदनशील' },
  free_text: { en: 'Free text (sensitive)', ne: 'खुला पाठ (संवेदनशील)' },
});

/** One of `public`, `internal`, `sensitive`, `free_text`. */
export type SensitivityClass = EnumValue<typeof Sensitivity>;

/**
 * The sensitivity class of every top-level field of a record type. Entities export one of these so that
 * a missing classification is a compile error.
 *
 * @example
 * ```ts
 * const fields: FieldSensitivity<{ id: string; notes: string }> = { id: 'internal', notes: 'free_text' };
 * ```
 */
export type FieldSensitivity<T> = { readonly [K in keyof Required<T>]: SensitivityClass };

const RANK: Record<SensitivityClass, number> = { public: 0, internal: 1, sensitive: 2, free_text: 2 };

/**
 * Returns a copy of `record` keeping only the fields whose class is at most `maxClass`
 * (`public` < `internal` < `sensitive` = `free_text`).
 *
 * @example
 * ```ts
 * redact({ id: 'pt_0123456789', notes: 'x' }, { id: 'internal', notes: 'free_text' }, 'internal');
 * // { id: 'pt_0123456789' }
 * ```
 */
export function redact<T extends object>(
  record: T,
  classes: FieldSensitivity<T>,
  maxClass: SensitivityClass,
): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(record) as (keyof T)[]) {
    const cls = classes[key] as SensitivityClass | undefined;
    // An unclassified field is treated as sensitive: failing closed is the safe default.
    if (RANK[cls ?? 'sensitive'] <= RANK[maxClass]) out[key] = record[key];
  }
  return out;
}
