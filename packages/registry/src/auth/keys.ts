import { createHash, randomBytes } from 'node:crypto';

/** The prefixes of the registry's credentials. */
export const CREDENTIAL_PREFIX = { secret: 'sk_', publishable: 'pk_', staff: 'st_' } as const;

/**
 * Creates a new credential: a prefix and 32 random bytes in base64url (256 bits). Only its SHA-256 is
 * stored: a slow password hash is not needed for a key of this entropy.
 *
 * @example
 * ```ts
 * const { token, hash, hint } = newCredential('secret'); // token 'sk_...', shown once
 * ```
 */
export function newCredential(kind: keyof typeof CREDENTIAL_PREFIX): {
  token: string;
  hash: string;
  hint: string;
} {
  const token = `${CREDENTIAL_PREFIX[kind]}${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashCredential(token), hint: `${token.slice(0, 3)}…${token.slice(-4)}` };
}

/**
 * The stored form of a credential (hex SHA-256).
 *
 * @example
 * ```ts
 * hashCredential('sk_abc'); // '6f1e…'
 * ```
 */
export function hashCredential(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
