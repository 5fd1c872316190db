import {
  expectedTypeNames,
  type FieldIssue,
  toJsonPointer,
  validate,
  validationMessages,
} from '@nayabato/core';
import { ApiValidationError } from '../errors/api-validation-error.js';
import { RequestValidationError } from '../errors/request-validation-error.js';
import { OPERATIONS, REQUIRED } from '../generated/operations.js';
import type { Validator } from '../transport/validator.js';
import { BODY_SCHEMAS, RECORD_SCHEMAS, type Schema, VIEW_SHAPES } from './schemas.js';

/** Checks one record; returns its issues (empty when valid). */
type Check = (record: unknown) => readonly FieldIssue[];

const issue = (key: string, code: 'required' | 'unrecognized_keys'): FieldIssue => ({
  path: [key],
  pointer: toJsonPointer([key]),
  code,
  message: validationMessages.localized(code),
});

/** `issues` of a value found at `prefix` inside the checked body. */
const under = (prefix: readonly (string | number)[], issues: readonly FieldIssue[]): FieldIssue[] =>
  issues.map((i) => ({ ...i, path: [...prefix, ...i.path], pointer: toJsonPointer(prefix) + i.pointer }));

/** The partial check of a redacted view: see {@link VIEW_SHAPES}. */
function viewCheck(shape: Readonly<Record<string, Schema>>, required: readonly string[]): Check {
  return (record) => {
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      const expected = { en: 'object', ne: expectedTypeNames.format('object', 'ne') };
      const message = {
        en: validationMessages.format('invalid_type', 'en', { expected: expected.en }),
        ne: validationMessages.format('invalid_type', 'ne', { expected: expected.ne }),
      };
      return [{ path: [], pointer: '', code: 'invalid_type', message }];
    }
    const issues = required.filter((key) => !Object.hasOwn(record, key)).map((key) => issue(key, 'required'));
    for (const [key, value] of Object.entries(record)) {
      const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
      if (!field) issues.push(issue(key, 'unrecognized_keys'));
      else {
        const result = validate(field, value);
        if (!result.ok) issues.push(...under([key], result.issues));
      }
    }
    return issues;
  };
}

/**
 * The check of a response record component: core's full schema where the component is the full record,
 * a partial check where it is a redacted view, none for components the registry defines itself.
 */
function checkOf(component: string | undefined): Check | undefined {
  if (!component) return undefined;
  const full = RECORD_SCHEMAS[component];
  if (full) {
    return (record) => {
      const result = validate(full, record);
      return result.ok ? [] : result.issues;
    };
  }
  const shape = VIEW_SHAPES[component];
  return shape && viewCheck(shape, REQUIRED[component] ?? []);
}

/**
 * Checks bodies with core's schemas (`validate`, which gives field issues in English and Nepali).
 * This module, and with it core's schemas, is loaded only when the client first validates.
 *
 * Responses are checked per record, by the component the contract names for the operation's records
 * (a page's items, or the single record of a get, create, update or action), so lists and gets of the
 * same records are checked alike.
 *
 * @example
 * ```ts
 * validator.request('POST /v1/participants', body); // throws RequestValidationError
 * validator.response('GET /v1/participants', page); // throws ApiValidationError (code 'invalid_response')
 * ```
 */
export const validator: Validator = {
  request(operation, body) {
    const schema = BODY_SCHEMAS[OPERATIONS[operation]?.body ?? ''];
    if (!schema) return;
    const result = validate(schema, body);
    if (!result.ok) throw new RequestValidationError(result.issues, operation);
  },
  response(operation, body) {
    const info = OPERATIONS[operation];
    const check = checkOf(info?.item);
    if (!check) return;
    const records = info?.page ? ((body as { items?: unknown[] } | undefined)?.items ?? []) : [body];
    for (const [index, record] of records.entries()) {
      const issues = check(record);
      if (issues.length > 0) {
        throw new ApiValidationError(`Response of ${operation} does not match the contract`, {
          issues: info?.page ? under(['items', index], issues) : issues,
          code: 'invalid_response',
        });
      }
    }
  },
};
