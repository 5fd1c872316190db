import type { MiddlewareHandler } from 'hono';
import { hashCredential } from '../auth/keys.js';
import type { CredentialKind, Principal, UserPermission } from '../auth/principal.js';
import type { AppEnv } from '../context.js';
import type { Database } from '../db/database.js';
import { type CredentialRow, findCredential } from '../store/credentials.js';
import { addAnswerHeaders } from './answer-headers.js';
import { PUBLIC_CORS } from './cors.js';
import { Problem } from './problem.js';
import { credentialCacheOf } from './read-caches.js';

/**
 * Whether a request comes from a browser: it has an `Origin`, or fetch metadata headers that only
 * browsers send. Node's own `fetch` sends `Sec-Fetch-Mode: cors` (and nothing else of the kind), so that
 * value alone does not mark a browser; browsers always add `Sec-Fetch-Site` and `Sec-Fetch-Dest` to it.
 *
 * @example
 * ```ts
 * fromBrowser((name) => c.req.header(name)); // true for a page's fetch(), false for a server's
 * ```
 */
export function fromBrowser(header: (name: string) => string | undefined): boolean {
  const mode = header('sec-fetch-mode');
  return (
    header('origin') !== undefined ||
    header('sec-fetch-site') !== undefined ||
    header('sec-fetch-dest') !== undefined ||
    header('sec-fetch-user') !== undefined ||
    (mode !== undefined && mode !== 'cors')
  );
}

function principalOf(row: CredentialRow): Principal {
  const kind: CredentialKind = row.kind === 'secret' || row.kind === 'publishable' ? row.kind : 'staff';
  return {
    kind,
    orgId: row.org_id,
    role: row.role,
    keyId: row.key_id,
    ...(row.user_id ? { userId: row.user_id } : {}),
    permissions: (row.permissions ?? []) as UserPermission[],
    allowedOrigins: row.allowed_origins ?? [],
  };
}

// Publishable keys are public (every page with a widget holds one) and a busy widget's key would be hashed
// at every request: their hashes are remembered, a bounded number. Secret keys and staff tokens never are.
const PUBLISHABLE_HASHES_KEPT = 1000;
const publishableHashes = new Map<string, string>();
function hashOf(token: string): string {
  if (!token.startsWith('pk_')) return hashCredential(token);
  let hash = publishableHashes.get(token);
  if (hash === undefined) {
    if (publishableHashes.size >= PUBLISHABLE_HASHES_KEPT) publishableHashes.clear();
    hash = hashCredential(token);
    publishableHashes.set(token, hash);
  }
  return hash;
}

/**
 * The live principal of `token`: from this process's credential cache when it holds it, else looked
 * up and kept `ttlSeconds` (never past the credential's own expiry).
 */
async function resolve(db: Database, token: string, ttlSeconds: number): Promise<Principal | undefined> {
  const cache = credentialCacheOf(db);
  const hash = hashOf(token);
  const kept = cache.get(hash);
  if (kept) return kept;
  return cache.once(hash, async () => {
    const ticket = cache.ticket();
    const row = await findCredential(db, token);
    if (!row) return undefined;
    const principal = principalOf(row);
    const expires = row.expires_at === null || row.expires_at === undefined ? null : new Date(row.expires_at);
    cache.set(ticket, hash, principal, ttlSeconds, expires);
    return principal;
  });
}

const unauthenticated = (detail: string) =>
  new Problem('unauthenticated', detail, { headers: { 'www-authenticate': 'Bearer realm="nayabato"' } });

/**
 * Resolves the `Authorization: Bearer` credential (secret key `sk_`, publishable key `pk_` or staff
 * token `st_`) to a {@link Principal} (kept a few seconds in this process's credential cache: see
 * docs/decisions/2026-12-06-read-path-caches.md), and enforces the browser rules: a secret key sent from a browser
 * (an `Origin` or fetch metadata header) is refused; a staff token only from its organisation's
 * registered origins. The CORS response headers are set by `corsHeaders`, on errors too.
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
    const principal = await resolve(c.get('database'), token, c.get('settings').credentialCacheSeconds);
    if (!principal) throw unauthenticated('The credential is unknown, revoked or expired.');
    const { kind } = principal;
    // Set first, so that the CORS headers of a refusal below are those of this credential.
    c.set('principal', principal);
    // Publishable keys only ever read: refuse their writes before anything else looks at the body.
    if (kind === 'publishable' && c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      throw new Problem('forbidden', 'A publishable key only reads public data.');
    }
    const origin = c.req.header('origin');
    if (kind === 'publishable' && origin !== undefined) addAnswerHeaders(c, PUBLIC_CORS);
    if (kind === 'secret' && fromBrowser((name) => c.req.header(name))) {
      throw new Problem(
        'origin-refused',
        'A secret key must never be used from a browser; use a staff token.',
      );
    }
    if (kind === 'staff' && origin !== undefined && !principal.allowedOrigins.includes(origin)) {
      throw new Problem('origin-refused', 'This origin is not registered for the organisation.');
    }
    try {
      await next();
    } finally {
      // The handler changed a credential: its transaction has committed (or rolled back) by now, so a
      // lookup that ran meanwhile and read the old state is forgotten too.
      if (c.get('credentialsChanged')) credentialCacheOf(c.get('database')).invalidate();
    }
  };
}
