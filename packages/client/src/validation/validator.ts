import { validate } from '@nayabato/core';
import { RequestValidationError } from '../errors/request-validation-error.js';
import { ValidationError } from '../errors/validation-error.js';
import { OPERATIONS } from '../generated/operations.js';
import type { Validator } from '../transport/validator.js';
import { COMPONENT_SCHEMAS, INLINE_BODY_SCHEMAS, type Schema } from './schemas.js';

/** The schema of a component, or of the items of a `…Page` component. */
function schemaOf(component: string | undefined): { schema: Schema; page: boolean } | undefined {
  if (!component) return undefined;
  const page = component.endsWith('Page');
  const schema = COMPONENT_SCHEMAS[page ? component.slice(0, -4) : component];
  return schema && { schema, page };
}

/**
 * Checks bodies with core's schemas (`validate`, which gives field issues in English and Nepali).
 * This module, and with it core's schemas, is loaded only when the client first validates.
 *
 * @example
 * ```ts
 * validator.request('POST /v1/participants', body); // throws RequestValidationError
 * ```
 */
export const validator: Validator = {
  request(operation, body) {
    const schema = INLINE_BODY_SCHEMAS[operation] ?? schemaOf(OPERATIONS[operation]?.body)?.schema;
    if (!schema) return;
    const result = validate(schema, body);
    if (!result.ok) throw new RequestValidationError(result.issues, operation);
  },
  response(operation, body) {
    const found = schemaOf(OPERATIONS[operation]?.response);
    if (!found) return;
    const items = found.page ? ((body as { items?: unknown[] } | undefined)?.items ?? []) : [body];
    for (const [index, item] of items.entries()) {
      const result = validate(found.schema, item);
      if (!result.ok) {
        const issues = found.page
          ? result.issues.map((i) => ({
              ...i,
              path: ['items', index, ...i.path],
              pointer: `/items/${index}${i.pointer}`,
            }))
          : result.issues;
        throw new ValidationError(`Response of ${operation} does not match the contract`, {
          issues,
          code: 'invalid_response',
        });
      }
    }
  },
};
