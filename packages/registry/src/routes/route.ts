import type { Context, Handler, Hono } from 'hono';
import type { AppEnv } from '../context.js';
import { type OperationSpec, operation } from '../contract/operation.js';
import { pageRequest } from '../http/pagination.js';
import { Problem } from '../http/problem.js';

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

/** The page request and the `updatedSince` filter of a list operation. */
export function listQuery(c: Context<AppEnv>): { limit: number; after: number; updatedSince: string | null } {
  const { limit, after } = pageRequest(
    c.req.query('cursor'),
    c.req.query('limit'),
    c.var.settings.maxPageSize,
  );
  const since = c.req.query('updatedSince');
  if (since !== undefined && Number.isNaN(Date.parse(since))) {
    throw new Problem('bad-request', 'updatedSince must be an ISO 8601 instant.');
  }
  return { limit, after, updatedSince: since ?? null };
}

/** A path parameter that must be present. */
export function param(c: Context<AppEnv>, name: string): string {
  const value = c.req.param(name);
  if (!value) throw new Problem('not-found', 'No such record.');
  return value;
}
