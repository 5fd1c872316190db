import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, WebhookSignatureError, WebhookTimestampError } from '../errors/index.js';
import { signWebhookPayload, verifyWebhook } from './index.js';

// The reference implementation of the Standard Webhooks specification is the oracle (a devDependency):
// what we sign, it verifies, and what it signs, we verify.

const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const key = Buffer.from('MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'base64');
const body = JSON.stringify({
  type: 'referral.accepted',
  timestamp: '2026-01-01T00:00:00.000Z',
  data: { referralId: 'ref_0123456789' },
});
const id = 'msg_0123456789abcdef';
const t = 1_767_225_600;
const now = t * 1000;

describe('webhooks (Standard Webhooks)', () => {
  it('signs as v1,<base64 HMAC-SHA256 of "id.timestamp.body"> keyed by the base64 secret (node:crypto)', async () => {
    const headers = await signWebhookPayload(body, secret, { id, timestamp: t });
    const expected = createHmac('sha256', key).update(`${id}.${t}.${body}`).digest('base64');
    expect(headers).toEqual({
      'webhook-id': id,
      'webhook-timestamp': String(t),
      'webhook-signature': `v1,${expected}`,
    });
  });

  it('is verified by the reference implementation, and verifies what it signs', async () => {
    const oracle = new Webhook(secret);
    const headers = await signWebhookPayload(body, secret);
    expect(oracle.verify(body, { ...headers })).toEqual(JSON.parse(body));
    const stamp = new Date();
    const theirs = {
      'webhook-id': id,
      'webhook-timestamp': String(Math.floor(stamp.getTime() / 1000)),
      'webhook-signature': oracle.sign(id, stamp, body),
    };
    await expect(verifyWebhook(body, theirs, secret)).resolves.toEqual({
      id,
      timestamp: Math.floor(stamp.getTime() / 1000),
    });
    // Tampering is caught by both.
    expect(() => oracle.verify(`${body} `, { ...headers })).toThrow(WebhookVerificationError);
    await expect(verifyWebhook(`${body} `, theirs, secret)).rejects.toBeInstanceOf(WebhookSignatureError);
  });

  it('agrees with the reference implementation on any body, id and secret (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string(),
        fc.stringMatching(/^msg_[a-z0-9]{4,20}$/),
        fc.uint8Array({ minLength: 16, maxLength: 64 }),
        async (b, msgId, bytes) => {
          const s = `whsec_${Buffer.from(bytes).toString('base64')}`;
          const oracle = new Webhook(s);
          const ours = await signWebhookPayload(b, s, { id: msgId });
          expect(() => oracle.verify(b, { ...ours }, { jsonParse: false })).not.toThrow();
          const stamp = new Date();
          const theirs = {
            'webhook-id': msgId,
            'webhook-timestamp': String(Math.floor(stamp.getTime() / 1000)),
            'webhook-signature': oracle.sign(msgId, stamp, b),
          };
          expect((await verifyWebhook(b, theirs, s)).id).toBe(msgId);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('reads headers from a Headers object or a plain object, in any case', async () => {
    const headers = await signWebhookPayload(body, secret, { id, timestamp: t });
    await expect(verifyWebhook(body, new Headers({ ...headers }), secret, { now })).resolves.toEqual({
      id,
      timestamp: t,
    });
    const upper = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toUpperCase(), v]));
    await expect(verifyWebhook(body, upper, secret, { now })).resolves.toMatchObject({ id });
    const bytes = new TextEncoder().encode(body);
    await expect(verifyWebhook(bytes, headers, secret, { now })).resolves.toMatchObject({ id });
    await expect(verifyWebhook(bytes.buffer, headers, secret, { now })).resolves.toMatchObject({ id });
  });

  it('rejects a tampered body, id, timestamp or signature, and a wrong secret', async () => {
    const headers = await signWebhookPayload(body, secret, { id, timestamp: t });
    const other = 'whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
    for (const [b, h, s] of [
      [`${body} `, headers, secret],
      [body, headers, other],
      [body, { ...headers, 'webhook-id': 'msg_other' }, secret],
      [body, { ...headers, 'webhook-timestamp': String(t + 1) }, secret],
      [body, { ...headers, 'webhook-signature': headers['webhook-signature'].replace(/,./, ',A') }, secret],
      [body, { ...headers, 'webhook-signature': 'v1,AAAA' }, secret],
    ] as const) {
      const error = await verifyWebhook(b, h, s, { now }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WebhookSignatureError);
      expect((error as WebhookSignatureError).code).toBe('invalid_signature');
    }
  });

  it('rejects missing and malformed headers', async () => {
    const headers = await signWebhookPayload(body, secret, { id, timestamp: t });
    const { 'webhook-id': _id, ...noId } = headers;
    for (const h of [
      undefined,
      null,
      {},
      noId,
      { ...headers, 'webhook-timestamp': 'abc' },
      { ...headers, 'webhook-signature': '' },
      { ...headers, 'webhook-signature': headers['webhook-signature'].replace('v1,', 'v2,') },
    ]) {
      const error = await verifyWebhook(body, h, secret, { now }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WebhookSignatureError);
      expect((error as WebhookSignatureError).code).toBe('malformed_signature');
    }
  });

  it('accepts any of several space-separated signatures (secret rotation)', async () => {
    const headers = await signWebhookPayload(body, secret, { id, timestamp: t });
    const old = await signWebhookPayload(body, 'whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', {
      id,
      timestamp: t,
    });
    const both = {
      ...headers,
      'webhook-signature': `${old['webhook-signature']} ${headers['webhook-signature']}`,
    };
    await expect(verifyWebhook(body, both, secret, { now })).resolves.toMatchObject({ id });
    await expect(
      verifyWebhook(body, both, 'whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', { now }),
    ).resolves.toMatchObject({
      id,
    });
  });

  it('enforces the replay window both ways, after checking the signature', async () => {
    const headers = await signWebhookPayload(body, secret, { id, timestamp: t });
    await expect(verifyWebhook(body, headers, secret, { now: now + 300_000 })).resolves.toMatchObject({ id });
    await expect(verifyWebhook(body, headers, secret, { now: now + 301_000 })).rejects.toBeInstanceOf(
      WebhookTimestampError,
    );
    await expect(verifyWebhook(body, headers, secret, { now: now - 301_000 })).rejects.toBeInstanceOf(
      WebhookTimestampError,
    );
    await expect(
      verifyWebhook(body, headers, secret, { now: now + 50_000, toleranceSeconds: 10 }),
    ).rejects.toMatchObject({ kind: 'webhook_timestamp', code: 'outside_tolerance' });
    // A forged signature outside the window is a signature error, not a timestamp one.
    await expect(verifyWebhook(`${body}x`, headers, secret, { now: now + 900_000 })).rejects.toBeInstanceOf(
      WebhookSignatureError,
    );
  });

  it('refuses a tolerance or clock that would turn the replay window off, before checking anything', async () => {
    const headers = await signWebhookPayload(body, secret, { id, timestamp: t });
    const late = now + 10 * 365 * 86_400_000;
    for (const toleranceSeconds of [Number.NaN, Number.POSITIVE_INFINITY, -1, Number.NEGATIVE_INFINITY]) {
      const error = await verifyWebhook(body, headers, secret, { now: late, toleranceSeconds }).catch(
        (e: unknown) => e,
      );
      expect(error, String(toleranceSeconds)).toBeInstanceOf(ConfigurationError);
      expect(error).toMatchObject({ kind: 'configuration', code: 'invalid_tolerance' });
    }
    await expect(verifyWebhook(body, headers, secret, { now: Number.NaN })).rejects.toMatchObject({
      code: 'invalid_now',
    });
    await expect(
      verifyWebhook(body, undefined, secret, { toleranceSeconds: Number.NaN }),
    ).rejects.toBeInstanceOf(ConfigurationError);
    await expect(verifyWebhook(body, headers, secret, { now, toleranceSeconds: 0 })).resolves.toMatchObject({
      id,
    });
  });

  it('refuses a secret that is not whsec_ and base64, an id or a timestamp it cannot sign', async () => {
    const headers = await signWebhookPayload(body, secret, { id, timestamp: t });
    for (const s of ['', 'whsec_', 'whsec_not base64!', undefined as unknown as string]) {
      const error = await verifyWebhook(body, headers, s, { now }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error).toMatchObject({ code: 'invalid_secret' });
      await expect(signWebhookPayload(body, s)).rejects.toMatchObject({ code: 'invalid_secret' });
    }
    await expect(signWebhookPayload(body, secret, { timestamp: 1.5 })).rejects.toMatchObject({
      code: 'invalid_timestamp',
    });
    for (const bad of ['', 'msg.1', 'msg 1', 'msg,1']) {
      await expect(signWebhookPayload(body, secret, { id: bad })).rejects.toMatchObject({
        code: 'invalid_id',
      });
    }
  });
});
