/** Contract scenarios: errors end to end, request ids, idempotency, rate limits, network failures. */
import { describe, expect, it } from 'vitest';
import {
  ApiValidationError,
  AuthenticationError,
  ConflictError,
  NetworkError,
  NotFoundError,
  RateLimitedError,
  RequestValidationError,
  type ResponseEvent,
} from '../../src/index.js';
import { participantInput } from './inputs.fixture.js';
import { clientFor, running, secretClient } from './setup.fixture.js';

export function errorScenarios(): void {
  describe('errors end to end', () => {
    it('a 404 carries the problem and the same request id as the X-Request-Id header', async () => {
      const ngo = secretClient('ngo');
      const responses: ResponseEvent[] = [];
      ngo.on('response', (e) => responses.push(e));
      const error = (await ngo.participants
        .get('pt_doesnotexist0000')
        .catch((e: unknown) => e)) as NotFoundError;
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error.status).toBe(404);
      expect(error.code).toBe('not-found');
      expect(error.problem?.type).toBe('urn:nayabato:problem:not-found');
      expect(error.problem?.instance).toBe('/v1/participants/pt_doesnotexist0000');
      expect(error.requestId).toBeTruthy();
      expect(responses.at(-1)?.requestId).toBe(error.requestId);
      expect(responses.at(-1)?.route).toBe('/v1/participants/{id}');
    });

    it('text the database cannot store is refused alike by the client and the server, with its pointer', async () => {
      const body = { ...participantInput, notes: 'case\u0000note' };
      const local = await secretClient('ngo')
        .participants.create(body)
        .catch((e: unknown) => e);
      expect(local).toBeInstanceOf(RequestValidationError);
      expect((local as RequestValidationError).issues).toEqual([
        expect.objectContaining({ pointer: '/notes', code: 'nul_character' }),
      ]);
      const unchecked = secretClient('ngo', { validate: false });
      for (const notes of ['case\u0000note', 'case\ud800note']) {
        const remote = await unchecked.participants
          .create({ ...participantInput, notes })
          .catch((e: unknown) => e);
        expect(remote).toBeInstanceOf(ApiValidationError);
        expect(remote).not.toBeInstanceOf(RequestValidationError);
        expect((remote as ApiValidationError).status).toBe(422);
        expect((remote as ApiValidationError).issues).toEqual([
          expect.objectContaining({
            pointer: '/notes',
            code: expect.stringMatching(/nul_character|lone_surrogate/),
          }),
        ]);
      }
      const since = await unchecked.participants
        .list({ updatedSince: '2026-11-28T10:00:00+16:00' })
        .toArray({ limit: 1 })
        .catch((e: unknown) => e);
      expect(since).toBeInstanceOf(ApiValidationError);
      expect((since as ApiValidationError).status).toBe(400);
      expect((since as ApiValidationError).issues[0]?.pointer).toBe('/updatedSince');
      const missing = await unchecked.participants.get('pt_\u0000').catch((e: unknown) => e);
      expect(missing).toBeInstanceOf(NotFoundError);
    });

    it('an unknown credential is a 401 AuthenticationError', async () => {
      const client = clientFor({ apiKey: `sk_${'0'.repeat(40)}` });
      const error = await client.organizations
        .list()
        .toArray({ limit: 1 })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AuthenticationError);
      expect((error as AuthenticationError).code).toBe('unauthenticated');
    });

    it('a POST retried with its idempotency key creates nothing twice; the key with another body conflicts', async () => {
      const ngo = secretClient('ngo2');
      const idempotencyKey = `contract-participant-${Date.now()}`;
      const first = await ngo.participants.create(participantInput, { idempotencyKey });
      const replay = await ngo.participants.create(participantInput, { idempotencyKey });
      expect(replay.id).toBe(first.id);
      const other = await ngo.participants
        .create({ ...participantInput, ageBand: '21-23' }, { idempotencyKey })
        .catch((e: unknown) => e);
      expect(other).toBeInstanceOf(ConflictError);
      expect((other as ConflictError).code).toBe('idempotency-key-reused');
    });

    it('a 429 is a RateLimitedError with Retry-After, after a rate-limited event', async () => {
      const ngo = secretClient('ngo');
      const { key, secret } = await ngo.keys.create({ kind: 'secret' });
      // Fill this key's buckets for this minute and the next, as if it had sent 10 000 requests.
      await running().db.query(
        `insert into rate_limits (bucket, window_start, count)
         select $1, date_trunc('minute', now()) + make_interval(mins => m), 10000 from generate_series(0, 1) m
         on conflict (bucket, window_start) do update set count = 10000`,
        [key.id],
      );
      const limited = clientFor({ apiKey: secret }, { retry: false });
      const events: unknown[] = [];
      limited.on('rate-limited', (e) => events.push(e));
      const error = (await limited.organizations
        .get(key.organizationId)
        .catch((e: unknown) => e)) as RateLimitedError;
      expect(error).toBeInstanceOf(RateLimitedError);
      expect(error.retryAfter).toBeGreaterThan(0);
      expect(error.retryAfter).toBeLessThanOrEqual(60);
      expect(events).toEqual([expect.objectContaining({ route: '/v1/organizations/{id}', attempt: 1 })]);
      await ngo.keys.revoke(key.id);
    });

    it('a refused connection is a NetworkError after the retries', async () => {
      const client = clientFor(
        { apiKey: 'sk_unused' },
        { baseUrl: 'http://127.0.0.1:9', retry: { limit: 2, baseDelay: 1 } },
      );
      let retries = 0;
      client.on('retry', () => retries++);
      await expect(client.health.live()).rejects.toBeInstanceOf(NetworkError);
      expect(retries).toBe(2);
    });
  });
}
