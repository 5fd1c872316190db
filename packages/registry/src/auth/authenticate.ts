import type { OrganizationRoleValue } from '@nayabato/core';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.js';
import { Problem } from '../http/problem.js';
import { hashCredential } from './keys.js';
import type { CredentialKind, Principal, UserPermission } from './principal.js';

interface Row {
  org_id: string;
  role: OrganizationRoleValue;
  key_id: string;
  kind: 'secret' | 'publishable';
  allowed_origins: string[];
  user_id?: string;
  permissions?: string[];
}

const KEY_SQL = `select k.id as key_id, k.kind, o.id as org_id, o.role, o.allowed_origins
  from api_keys k join organizations o on o.id = k.org_id
  where k.hash = $1 and k.revoked_at is null`;

// A staff token dies with its user (disabled) and with the key that issued it (revoked).
const TOKEN_SQL = `select t.key_id, 'staff' as kind, o.id as org_id, o.role, o.allowed_origins, u.id as user_id, u.permissions
  from staff_tokens t
  join organizations o on o.id = t.org_id
  join users u on u.id = t.user_id and u.disabled_at is null
  join api_keys k on k.id = t.key_id and k.revoked_at is null
  where t.hash = $1 and t.expires_at > now()`;

const unauthenticated = (detail: string) =>
  new Problem('unauthenticated', detail, { headers: { 'www-authenticate': 'Bearer realm="nayabato"' } });

/**
 * Resolves the `Authorization: Bearer` credential (secret key `sk_`, publishable key `pk_` or staff
 * token `st_`) to a {@link Principal}, and enforces the browser rules: a secret key sent with an
 * `Origin` header is refused; a staff token only from its organisation's registered origins.
 *
 * @example
 * ```ts
 * app.use('/v1/*', authenticate());
 * ```
 */
export function authenticate(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer ((?:sk|pk|st)_[A-Za-z0-9_-]{20,100})$/.exec(header);
    if (!match?.[1]) throw unauthenticated('Send a credential as `Authorization: Bearer <key or token>`.');
    const token = match[1];
    const sql = token.startsWith('st_') ? TOKEN_SQL : KEY_SQL;
    const [row] = await c.var.database.query<Row>(sql, [hashCredential(token)]);
    if (!row) throw unauthenticated('The credential is unknown, revoked or expired.');
    const kind: CredentialKind = row.kind === 'secret' || row.kind === 'publishable' ? row.kind : 'staff';
    const principal: Principal = {
      kind,
      orgId: row.org_id,
      role: row.role,
      keyId: row.key_id,
      ...(row.user_id ? { userId: row.user_id } : {}),
      permissions: (row.permissions ?? []) as UserPermission[],
      allowedOrigins: row.allowed_origins ?? [],
    };
    // Publishable keys only ever read: refuse their writes before anything else looks at the body.
    if (kind === 'publishable' && c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      throw new Problem('forbidden', 'A publishable key only reads public data.');
    }
    const origin = c.req.header('origin');
    if (origin !== undefined) {
      if (kind === 'secret') {
        throw new Problem(
          'origin-refused',
          'A secret key must never be used from a browser; use a staff token.',
        );
      }
      if (kind === 'staff' && !principal.allowedOrigins.includes(origin)) {
        throw new Problem('origin-refused', 'This origin is not registered for the organisation.');
      }
      c.header('access-control-allow-origin', kind === 'publishable' ? '*' : origin);
      c.header('access-control-expose-headers', 'x-request-id, location, retry-after, idempotent-replayed');
      if (kind === 'staff') c.header('vary', 'Origin');
    }
    c.set('principal', principal);
    await next();
  };
}
