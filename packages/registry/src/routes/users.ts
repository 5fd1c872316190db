import { idParam, pageParams } from '../contract/operation.js';
import { pageOf, UserInputSchema, UserPatchSchema, UserSchema } from '../contract/schemas.js';
import { bodyOf } from '../http/body.js';
import { page } from '../http/pagination.js';
import { Problem } from '../http/problem.js';
import { forgetCredentials } from '../http/read-caches.js';
import { caller } from '../policy/require.js';
import { findUser, insertUser, listUsers, toUser, updateUser } from '../store/users.js';
import { type App, listQuery, param, route } from './route.js';

const tag = 'Users';

/** Users (staff) of the caller's organisation; managed with the organisation's secret key. */
export function userRoutes(app: App): void {
  route(
    app,
    'get',
    '/v1/users',
    {
      id: 'listUsers',
      tag,
      summary: 'List the organisation’s users',
      params: pageParams,
      response: pageOf('UserPage', UserSchema),
    },
    async (c) => {
      const who = caller(c);
      const { limit, after } = listQuery(c);
      const rows = await listUsers(c.var.db, who.orgId, { after, limit });
      return c.json(page(rows, limit, toUser));
    },
  );

  route(
    app,
    'post',
    '/v1/users',
    {
      id: 'createUser',
      tag,
      summary: 'Create a user',
      body: UserInputSchema,
      status: 201,
      response: UserSchema,
    },
    async (c) => {
      const who = caller(c, ['secret']);
      const row = await insertUser(c.var.db, who.orgId, bodyOf(c, UserInputSchema));
      c.header('location', `/v1/users/${row.id}`);
      return c.json(toUser(row), 201);
    },
  );

  const visible = async (c: Parameters<Parameters<typeof route>[4]>[0]) => {
    const who = caller(c);
    const row = await findUser(c.var.db, param(c, 'id'));
    // Staff are their own organisation's business: the coordinator sees counts, never another
    // organisation's staff names (docs/access-policy.md), so it gets the same 404 as anyone else.
    if (!row || row.org_id !== who.orgId) throw new Problem('not-found', 'No such user.');
    return { who, row };
  };

  route(
    app,
    'get',
    '/v1/users/:id',
    {
      id: 'getUser',
      tag,
      summary: 'One user of the caller’s organisation',
      description: 'A user of another organisation answers 404, for the coordinator too.',
      params: [idParam()],
      errors: [404],
      response: UserSchema,
    },
    async (c) => c.json(toUser((await visible(c)).row)),
  );

  route(
    app,
    'patch',
    '/v1/users/:id',
    {
      id: 'updateUser',
      tag,
      summary: 'Change a user (name, permissions, disable)',
      description: 'Disabling a user ends their staff tokens at once.',
      params: [idParam()],
      body: UserPatchSchema,
      errors: [404],
      response: UserSchema,
    },
    async (c) => {
      const { who, row } = await visible(c);
      if (who.kind !== 'secret' || row.org_id !== who.orgId) {
        throw new Problem('forbidden', 'Users are managed with their organisation’s secret key.');
      }
      const patch = bodyOf(c, UserPatchSchema);
      const updated = await updateUser(c.var.db, row.id, {
        displayName: patch.displayName ?? row.data.displayName,
        permissions: patch.permissions ?? null,
        disabled: patch.disabled ?? null,
      });
      // A disabled user's tokens, or changed permissions, take effect on the next request.
      forgetCredentials(c);
      return c.json(toUser(updated));
    },
  );
}
