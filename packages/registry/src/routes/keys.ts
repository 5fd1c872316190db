import { caller } from '../auth/require.js';
import { idParam, pageParams } from '../contract/operation.js';
import { ApiKeyInputSchema, ApiKeySchema, CreatedApiKeySchema, pageOf } from '../contract/schemas.js';
import { bodyOf } from '../http/body.js';
import { page } from '../http/pagination.js';
import { Problem } from '../http/problem.js';
import { type ApiKeyRow, findKey, insertKey, toApiKey } from '../store/keys.js';
import { findOrganization } from '../store/organizations.js';
import { type App, listQuery, param, route } from './route.js';

const tag = 'Keys';

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
      const rows = await c.var.db.query<ApiKeyRow>(
        'select * from api_keys where org_id = $1 and seq > $2 order by seq limit $3',
        [who.orgId, after, limit + 1],
      );
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
      summary: 'Create a key (its secret is shown once)',
      body: ApiKeyInputSchema,
      status: 201,
      errors: [404],
      response: CreatedApiKeySchema,
    },
    async (c) => {
      const who = caller(c, ['secret']);
      const input = bodyOf(c, ApiKeyInputSchema);
      let orgId = who.orgId;
      if (input.organizationId && input.organizationId !== who.orgId) {
        if (who.role !== 'coordinator')
          throw new Problem('forbidden', 'Only the coordinator creates keys for others.');
        if (!(await findOrganization(c.var.db, input.organizationId)))
          throw new Problem('not-found', 'No such organisation.');
        orgId = input.organizationId;
      }
      const created = await insertKey(c.var.db, orgId, input.kind);
      c.header('cache-control', 'no-store');
      return c.json(created, 201);
    },
  );

  const ownKey = async (c: Parameters<Parameters<typeof route>[4]>[0]) => {
    const who = caller(c, ['secret']);
    const row = await findKey(c.var.db, param(c, 'id'));
    if (!row || (row.org_id !== who.orgId && who.role !== 'coordinator'))
      throw new Problem('not-found', 'No such key.');
    if (row.revoked_at) throw new Problem('conflict', 'The key is already revoked.');
    return row;
  };

  route(
    app,
    'post',
    '/v1/keys/:id/revoke',
    {
      id: 'revokeKey',
      tag,
      summary: 'Revoke a key at once (with the staff tokens it issued)',
      params: [idParam()],
      errors: [404, 409],
      response: ApiKeySchema,
    },
    async (c) => {
      const row = await ownKey(c);
      const [revoked] = await c.var.db.query<ApiKeyRow>(
        'update api_keys set revoked_at = now() where id = $1 returning *',
        [row.id],
      );
      return c.json(toApiKey(revoked!));
    },
  );

  route(
    app,
    'post',
    '/v1/keys/:id/rotate',
    {
      id: 'rotateKey',
      tag,
      summary: 'Replace a key by a new one of the same kind (the old one is revoked)',
      params: [idParam()],
      status: 201,
      errors: [404, 409],
      response: CreatedApiKeySchema,
    },
    async (c) => {
      const row = await ownKey(c);
      const created = await insertKey(c.var.db, row.org_id, row.kind);
      await c.var.db.query('update api_keys set revoked_at = now(), replaced_by = $2 where id = $1', [
        row.id,
        created.key.id,
      ]);
      c.header('cache-control', 'no-store');
      return c.json(created, 201);
    },
  );
}
