import { IsoDateTimeSchema, validate } from '@nayabato/core';
import type { Context, Handler, Hono } from 'hono';
import type { AppEnv } from '../context.js';
import { type OperationSpec, operation } from '../contract/operation.js';
import { pageRequest } from '../http/pagination.js';
import { Problem } from '../http/problem.js';
import { issue } from '../messages.js';

/** The registry's Hono application type. */
export type App = Hono<AppEnv>;

/**
 * Registers one operation: its contract description, body validation and handler.
 *
 * @example
 * ```ts
 * route(app, 'get', '/v1/users/:id', { id: 'getUser', tag: 'Users', summary: 'One user', response: UserSchema }, handler);
 * ```
 */
export function route(
  app: App,
  method: 'get' | 'post' | 'put' | 'patch' | 'delete',
  path: string,
  spec: OperationSpec,
  handler: Handler<AppEnv>,
): void {
  app.on(method.toUpperCase(), [path], ...operation(spec, method), handler);
}

/**
 * Validates an instant of a query or body field with core's `IsoDateTimeSchema`, refusing also what
 * PostgreSQL cannot store (year 0). Returns the field issues (none when valid).
 *
 * @example
 * ```ts
 * instantIssues('2026-11-28T10:00:00Z', ['updatedSince']); // []
 * ```
 */
export function instantIssues(value: string, path: string[]) {
  const result = validate(IsoDateTimeSchema, value);
  if (!result.ok) return result.issues.map((i) => ({ ...i, path, pointer: `/${path.join('/')}` }));
  // PostgreSQL has no year 0 (and an offset can move year 1 into it).
  if (value.startsWith('0000') || Date.parse(value) < Date.parse('0001-01-02T00:00:00Z'))
    return [issue(path, 'instant_out_of_range')];
  return [];
}

/** The page request and the `updatedSince` filter of a list operation. */
export function listQuery(c: Context<AppEnv>): { limit: number; after: number; updatedSince: string | null } {
  const { limit, after } = pageRequest(
    c.req.query('cursor'),
    c.req.query('limit'),
    c.var.settings.maxPageSize,
  );
  const since = c.req.query('updatedSince');
  if (since !== undefined) {
    const errors = instantIssues(since, ['updatedSince']);
    if (errors.length > 0) {
      throw new Problem('bad-request', 'updatedSince must be an ISO 8601 instant with an offset.', {
        errors,
      });
    }
  }
  return { limit, after, updatedSince: since ?? null };
}

/**
 * A query parameter that must be one of `allowed` when present (400 naming the parameter otherwise).
 *
 * @example
 * ```ts
 * const status = enumQuery(c, 'status', ReferralStatus.is);
 * ```
 */
export function enumQuery<V extends string>(
  c: Context<AppEnv>,
  name: string,
  allowed: (value: unknown) => value is V,
): V | undefined {
  const value = c.req.query(name);
  if (value === undefined || allowed(value)) return value;
  throw new Problem('bad-request', `Unknown value of the query parameter ${name}.`, {
    errors: [issue([name], 'unknown_value')],
  });
}

/** A path parameter that must be present. */
export function param(c: Context<AppEnv>, name: string): string {
  const value = c.req.param(name);
  if (!value) throw new Problem('not-found', 'No such record.');
  return value;
}
