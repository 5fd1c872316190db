import type * as z from 'zod/mini';
import type { LocalizedText } from '../i18n/locale.js';
import { type FieldIssue, toJsonPointer } from './field-issue.js';
import { expectedTypeNames, type ValidationMessageKey, validationMessages } from './messages.js';
import { ValidationError } from './validation-error.js';

/**
 * The outcome of {@link validate}: the parsed value, or every field issue.
 *
 * @example
 * ```ts
 * const result = validate(schema, input);
 * if (!result.ok) showErrors(result.issues);
 * ```
 */
export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly FieldIssue[] };

/** The subset of a zod 4 issue that is read here (kept structural so any zod build fits). */
interface RawIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message?: string;
  readonly expected?: string;
  readonly input?: unknown;
  readonly origin?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly format?: string;
  readonly keys?: readonly string[];
  readonly values?: readonly unknown[];
  readonly divisor?: number | bigint;
  readonly params?: { readonly code?: string; readonly message?: LocalizedText };
}

/** The value at `path` inside `root`, or undefined when any step is missing. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

function messageFor(issue: RawIssue, missing: boolean): { code: string; message: LocalizedText } {
  const m = validationMessages;
  // zod 4 omits `input` from issues, so a missing field is recognised by looking at the input itself.
  if (
    missing &&
    (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union')
  ) {
    return { code: 'required', message: m.localized('required') };
  }
  switch (issue.code) {
    case 'invalid_type': {
      const expected = issue.expected ?? '?';
      const ne = Object.hasOwn(expectedTypeNames.entries, expected)
        ? expectedTypeNames.format(expected as keyof typeof expectedTypeNames.entries, 'ne')
        : expected;
      return {
        code: 'invalid_type',
        message: {
          en: m.format('invalid_type', 'en', { expected }),
          ne: m.format('invalid_type', 'ne', { expected: ne }),
        },
      };
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const bound = String(small ? issue.minimum : issue.maximum);
      let key: ValidationMessageKey = issue.code;
      if (issue.origin === 'string') key = small ? 'too_short' : 'too_long';
      else if (issue.origin === 'array' || issue.origin === 'set')
        key = small ? 'too_few_items' : 'too_many_items';
      return { code: issue.code, message: m.localized(key, { minimum: bound, maximum: bound }) };
    }
    case 'invalid_format':
      return { code: issue.code, message: m.localized('invalid_format', { format: issue.format ?? '?' }) };
    case 'invalid_value':
      return {
        code: issue.code,
        message: m.localized('invalid_value', { values: (issue.values ?? []).map(String).join(', ') }),
      };
    case 'unrecognized_keys':
      return { code: issue.code, message: m.localized('unrecognized_keys') };
    case 'not_multiple_of':
      return {
        code: issue.code,
        message: m.localized('not_multiple_of', { divisor: String(issue.divisor) }),
      };
    case 'custom':
      // Domain refinements put their own code and bilingual message in `params`.
      if (issue.params?.code && issue.params.message)
        return { code: issue.params.code, message: issue.params.message };
      return { code: 'custom', message: m.localized('custom') };
    default:
      if (issue.code in m.entries) {
        return { code: issue.code, message: m.localized(issue.code as ValidationMessageKey) };
      }
      return { code: issue.code, message: m.localized('custom') };
  }
}

/**
 * Converts zod issues to {@link FieldIssue}s with stable codes and English and Nepali messages.
 * Unrecognised keys are reported one issue per key, at the key's own path (so forms can find it), with a
 * message that does not repeat the key. Pass the validated input as `source` so that a missing field is
 * reported as `required` rather than as a wrong type.
 *
 * @example
 * ```ts
 * const parsed = ParticipantInputSchema.safeParse(body);
 * if (!parsed.success) {
 *   const issues = toFieldIssues(parsed.error.issues, { input: body });
 *   issues[0]; // { path: ['birthYear'], pointer: '/birthYear', code: 'too_small', message: { en, ne } }
 * }
 * ```
 */
export function toFieldIssues(
  issues: readonly RawIssue[],
  source?: { readonly input: unknown },
): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of issues) {
    const base = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
    if (issue.code === 'unrecognized_keys' && issue.keys && issue.keys.length > 0) {
      for (const key of issue.keys) {
        const path = [...base, key];
        out.push({
          path,
          pointer: toJsonPointer(path),
          code: 'unrecognized_keys',
          message: validationMessages.localized('unrecognized_keys'),
        });
      }
      continue;
    }
    const missing = source ? valueAt(source.input, issue.path) === undefined : issue.input === undefined;
    const { code, message } = messageFor(issue, missing && issue.path.length > 0);
    out.push({ path: base, pointer: toJsonPointer(base), code, message });
  }
  return out;
}

/**
 * Validates `input` against a zod/mini (or zod) schema and returns every field issue, never throwing.
 *
 * @example
 * ```ts
 * const result = validate(ParticipantSchema, body);
 * if (result.ok) save(result.value);
 * else respond422(result.issues);
 * ```
 */
export function validate<S extends z.ZodMiniType>(schema: S, input: unknown): ValidationResult<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data as z.output<S> };
  return { ok: false, issues: toFieldIssues(result.error.issues as unknown as RawIssue[], { input }) };
}

/**
 * Like {@link validate}, but throws a {@link ValidationError} listing every issue.
 *
 * @example
 * ```ts
 * const participant = assertValid(ParticipantSchema, input);
 * ```
 */
export function assertValid<S extends z.ZodMiniType>(schema: S, input: unknown): z.output<S> {
  const result = validate(schema, input);
  if (!result.ok) throw new ValidationError(result.issues);
  return result.value;
}
