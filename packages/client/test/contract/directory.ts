/** Contract scenarios: organisations, users, keys, staff tokens, health. */
import { describe, expect, it } from 'vitest';
import { AuthenticationError, ConflictError, PermissionError } from '../../src/index.js';
import { organizationInput } from './inputs.fixture.js';
import { clientFor, org, running, secretClient } from './setup.fixture.js';

export function directoryScenarios(): void {
  describe('health', () => {
    it('answers liveness and readiness', async () => {
      const client = secretClient('ngo');
      await expect(client.health.live()).resolves.toEqual({ status: 'ok' });
      await expect(client.health.ready()).resolves.toEqual({ status: 'ok' });
    });
  });

  describe('organisations', () => {
    it('lists, gets and updates; only the coordinator creates', async () => {
      const ngo = secretClient('ngo');
      const all = await ngo.organizations.list({ limit: 2 }).toArray({ limit: 100 });
      expect(all.map((o) => o.id)).toContain(org('training_institution').id);
      const own = await ngo.organizations.get(org('ngo').id);
      expect(own.role).toBe('ngo');
      const { id, createdAt, updatedAt, ...profile } = own;
      const updated = await ngo.organizations.update(id, {
        ...profile,
        description: 'Shelter and counselling',
      });
      expect(updated.description).toBe('Shelter and counselling');
      await expect(ngo.organizations.create(organizationInput)).rejects.toBeInstanceOf(PermissionError);
      const created = await secretClient('coordinator').organizations.create(organizationInput);
      expect(created.organization.name).toBe(organizationInput.name);
      expect(created.secretKey.secret).toMatch(/^sk_/);
    });

    it('reads and sets allowed origins', async () => {
      const ngo = secretClient('ngo');
      const id = org('ngo').id;
      const before = await ngo.organizations.getAllowedOrigins(id);
      expect(Array.isArray(before.origins)).toBe(true);
      const after = await ngo.organizations.setAllowedOrigins(id, {
        origins: ['https://intranet.example.org'],
      });
      expect(after.origins).toEqual(['https://intranet.example.org']);
      await ngo.organizations.setAllowedOrigins(id, before);
    });
  });

  describe('users, keys and staff tokens', () => {
    it('creates, reads, lists and disables a user', async () => {
      const ngo = secretClient('ngo');
      const user = await ngo.users.create({ displayName: 'Counsellor Test' });
      await expect(ngo.users.get(user.id)).resolves.toMatchObject({ id: user.id, disabled: false });
      const listed = await ngo.users.list().toArray({ limit: 500 });
      expect(listed.map((u) => u.id)).toContain(user.id);
      await expect(ngo.users.update(user.id, { disabled: true })).resolves.toMatchObject({ disabled: true });
    });

    it('creates, rotates and revokes keys; a rotated key works for its grace period, a revoked one is refused', async () => {
      const ngo = secretClient('ngo');
      const created = await ngo.keys.create({ kind: 'secret' });
      const extra = clientFor({ apiKey: created.secret });
      await expect(extra.organizations.get(org('ngo').id)).resolves.toMatchObject({ id: org('ngo').id });
      const rotated = await ngo.keys.rotate(created.key.id);
      expect(rotated.secret).not.toBe(created.secret);
      // The old key keeps working until its expiry, so that a rotation whose answer was lost can be repeated.
      await expect(extra.organizations.get(org('ngo').id)).resolves.toMatchObject({ id: org('ngo').id });
      const listed = await ngo.keys.list().toArray({ limit: 100 });
      expect(listed.find((k) => k.id === created.key.id)).toMatchObject({ replacedBy: rotated.key.id });
      expect(listed.find((k) => k.id === created.key.id)?.expiresAt).toBeTruthy();
      await ngo.keys.revoke(created.key.id);
      await expect(extra.organizations.get(org('ngo').id)).rejects.toBeInstanceOf(AuthenticationError);
      const revoked = await ngo.keys.revoke(rotated.key.id);
      expect(revoked.revokedAt).not.toBeNull();
      const keys = await ngo.keys.list().toArray({ limit: 100 });
      expect(keys.find((k) => k.id === rotated.key.id)?.revokedAt).not.toBeNull();
    });

    it('issues staff tokens; getToken is asked again after a 401 and the call retried once', async () => {
      const server = secretClient('ngo');
      const userId = org('ngo').user.id;
      const issued = await server.tokens.create({ userId, ttlSeconds: 600 });
      expect(issued.token).toMatch(/^st_/);
      const asked: boolean[] = [];
      const browser = clientFor({
        getToken: ({ forceRefresh }) => {
          asked.push(forceRefresh);
          // The first token has "expired" (it was never valid); the refreshed one works.
          return forceRefresh ? issued.token : `st_${'x'.repeat(40)}`;
        },
      });
      const me = await browser.users.get(userId);
      expect(me.id).toBe(userId);
      expect(asked).toEqual([false, true]);
    });

    it('refuses a retried key creation whose secret was already shown (idempotency, no secret replay)', async () => {
      const ngo = secretClient('ngo');
      const idempotencyKey = `contract-${Date.now()}`;
      await ngo.keys.create({ kind: 'publishable' }, { idempotencyKey });
      const error = await ngo.keys
        .create({ kind: 'publishable' }, { idempotencyKey })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError).code).toBe('secret-not-replayed');
    });

    it('serves the contract it is tested against', () => {
      expect(running().url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    });
  });
}
