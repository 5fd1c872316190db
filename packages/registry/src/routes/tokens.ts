import { newCredential } from '../auth/keys.js';
import { TokenInputSchema, TokenSchema } from '../contract/schemas.js';
import { bodyOf } from '../http/body.js';
import { Problem } from '../http/problem.js';
import { caller } from '../policy/require.js';
import { insertStaffToken } from '../store/staff-tokens.js';
import { findUser } from '../store/users.js';
import { type App, route } from './route.js';

/** Short-lived staff tokens, issued to a partner's backend for one of its users. */
export function tokenRoutes(app: App): void {
  route(
    app,
    'post',
    '/v1/tokens',
    {
      id: 'createStaffToken',
      tag: 'Keys',
      summary: 'Issue a staff token for one user (secret key only)',
      description:
        'The token acts as that user of the organisation, may be used from the organisation’s registered browser origins, and expires (default 15 minutes).',
      body: TokenInputSchema,
      status: 201,
      errors: [404],
      response: TokenSchema,
    },
    async (c) => {
      const who = caller(c, ['secret']);
      const input = bodyOf(c, TokenInputSchema);
      const user = await findUser(c.var.db, input.userId);
      if (!user || user.org_id !== who.orgId)
        throw new Problem('not-found', 'No such user in this organisation.');
      if (user.disabled_at) throw new Problem('forbidden', 'The user is disabled.');
      const credential = newCredential('staff');
      const ttl = input.ttlSeconds ?? c.var.settings.staffTokenSeconds;
      const expiresAt = await insertStaffToken(c.var.db, {
        hash: credential.hash,
        orgId: who.orgId,
        userId: user.id,
        keyId: who.keyId,
        ttlSeconds: ttl,
      });
      c.header('cache-control', 'no-store');
      return c.json(
        {
          token: credential.token,
          userId: user.id,
          organizationId: who.orgId,
          expiresAt: expiresAt.toISOString(),
        },
        201,
      );
    },
  );
}
