import type { Context } from 'hono';
import { audit } from '../audit.js';
import type { AppEnv } from '../context.js';
import { idParam, pageParams } from '../contract/operation.js';
import { ApiKeyInputSchema, ApiKeySchema, CreatedApiKeySchema, pageOf } from '../contract/schemas.js';
import { bodyOf } from '../http/body.js';
import { page } from '../http/pagination.js';
import { Problem } from '../http/problem.js';
import { forgetCredentials } from '../http/read-caches.js';
import { caller } from '../policy/require.js';
import {
  type ApiKeyRow,
  findKeyForUpdate,
  insertKey,
  listKeys,
  markKeyReplaced,
  revokeKey,
  toApiKey,
} from '../store/keys.js';
import { type App, listQuery, param, route } from './route.js';

const tag = 'Keys';

/**
 * The key `:id` for `action`, locked. An organisation manages its own keys. The coordinator may also
 * revoke another organisation's key (a compromised key, an organisation leaving the programme), which
 * returns no secret; it never creates or rotates one, since whoever holds an organisation's key reads
 * what that organisation reads.
 */
async function keyFor(c: Context<AppEnv>, action: 'revoke' | 'rotate'): Promise<ApiKeyRow> {
  const who = caller(c, ['secret']);
  const row = await findKeyForUpdate(c.var.db, param(c, 'id'));
  if (!row || (row.org_id !== who.orgId && who.role !== 'coordinator'))
    throw new Problem('not-found', 'No such key.');
  if (row.org_id !== who.orgId && action === 'rotate') {
    throw new Problem(
      'forbidden',
      'Only the organisation itself rotates its keys; the coordinator may revoke.',
    );
  }
  if (!row.active) throw new Problem('conflict', 'The key is already revoked or expired.');
  return row;
}

const keyEntry = (row: { id: string; org_id: string; kind: string }, detail: Record<string, unknown>) => ({
  resourceType: 'api_key',
  resourceId: row.id,
  detail: { organizationId: row.org_id, kind: row.kind, ...detail },
});

/** API keys: listed without secrets, created (shown once), revoked and rotated with a secret key. */
export function keyRoutes(app: App): void {
  route(
    app,
    'get',
    '/v1/keys',
    {
      id: 'listKeys',
      tag,
      summary: 'List the organisation’s keys',
      params: pageParams,
      response: pageOf('ApiKeyPage', ApiKeySchema),
    },
    async (c) => {
      const who = caller(c, ['secret']);
      const { limit, after } = listQuery(c);
      const rows = await listKeys(c.var.db, who.orgId, { after, limit });
      return c.json(page(rows, limit, toApiKey));
    },
  );

  route(
    app,
    'post',
    '/v1/keys',
    {
      id: 'createKey',
      tag,
      summary: 'Create a key of the caller’s organisation (its secret is shown once)',
      body: ApiKeyInputSchema,
      status: 201,
      response: CreatedApiKeySchema,
    },
    async (c) => {
      const who = caller(c, ['secret']);
      const input = bodyOf(c, ApiKeyInputSchema);
      const created = await insertKey(c.var.db, who.orgId, input.kind);
      await audit(c, 'key.create', [
        { action: 'create', ...keyEntry({ id: created.key.id, org_id: who.orgId, kind: input.kind }, {}) },
      ]);
      c.header('cache-control', 'no-store');
      return c.json(created, 201);
    },
  );

  route(
    app,
    'post',
    '/v1/keys/:id/revoke',
    {
      id: 'revokeKey',
      tag,
      summary: 'Revoke a key at once, with the staff tokens it issued (own keys; the coordinator: any)',
      description:
        'The coordinator may revoke another organisation’s key (no secret is returned) but never create or rotate one.',
      params: [idParam()],
      errors: [404, 409],
      response: ApiKeySchema,
    },
    async (c) => {
      const row = await keyFor(c, 'revoke');
      const revoked = await revokeKey(c.var.db, row.id);
      forgetCredentials(c);
      await audit(c, 'key.revoke', [{ action: 'revoke', ...keyEntry(row, {}) }]);
      return c.json(toApiKey(revoked));
    },
  );

  route(
    app,
    'post',
    '/v1/keys/:id/rotate',
    {
      id: 'rotateKey',
      tag,
      summary: 'Replace a key by a new one of the same kind (own keys)',
      description:
        'The old key keeps working for a grace period (`expiresAt`, 24 hours by default), so that a rotation whose response was lost can be repeated with the old key. Rotating a key again during its grace period issues another replacement and keeps the first expiry.',
      params: [idParam()],
      status: 201,
      errors: [404, 409],
      response: CreatedApiKeySchema,
    },
    async (c) => {
      const row = await keyFor(c, 'rotate');
      const grace = c.var.settings.keyRotationGraceSeconds;
      const created = await insertKey(c.var.db, row.org_id, row.kind);
      await markKeyReplaced(c.var.db, row.id, created.key.id, grace);
      forgetCredentials(c);
      await audit(c, 'key.rotate', [
        { action: 'rotate', ...keyEntry(row, { replacedBy: created.key.id, graceSeconds: grace }) },
        { action: 'create', ...keyEntry({ id: created.key.id, org_id: row.org_id, kind: row.kind }, {}) },
      ]);
      c.header('cache-control', 'no-store');
      return c.json(created, 201);
    },
  );
}
