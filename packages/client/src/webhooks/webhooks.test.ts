import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, WebhookSignatureError, WebhookTimestampError } from '../errors/index.js';
import { signWebhookPayload, verifyWebhook } from './index.js';

const secret = 'whsec_test_secret';
const body = JSON.stringify({ type: 'referral.accepted', data: { id: 'ref_01' } });
const t = 1_767_225_600;
const now = t * 1000;

describe('webhooks', () => {
  it('signs as t=<unix>,v1=<hex HMAC-SHA256 of "t.body"> (cross-checked with node:crypto)', async () => {
    const header = await signWebhookPayload(body, secret, { timestamp: t });
    const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
    expect(header).toBe(`t=${t},v1=${expected}`);
  });

  it('verifies what it signs, for strings and bytes, and returns the timestamp', async () => {
    const header = await signWebhookPayload(body, secret, { timestamp: t });
    await expect(verifyWebhook(body, header, secret, { now })).resolves.toBe(t);
    await expect(verifyWebhook(new TextEncoder().encode(body), header, secret, { now })).resolves.toBe(t);
    await expect(verifyWebhook(new TextEncoder().encode(body).buffer, header, secret, { now })).resolves.toBe(
      t,
    );
  });

  it('rejects a tampered body, a wrong secret and a tampered signature', async () => {
    const header = await signWebhookPayload(body, secret, { timestamp: t });
    for (const [b, h, s] of [
      [`${body} `, header, secret],
      [body, header, 'whsec_other'],
      [body, header.replace(/v1=./, 'v1=0'), secret],
      [body, header.replace(`t=${t}`, `t=${t + 1}`), secret],
    ] as const) {
      const error = await verifyWebhook(b, h, s, { now }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WebhookSignatureError);
      expect((error as WebhookSignatureError).code).toBe('invalid_signature');
    }
  });

  it('rejects missing and malformed headers', async () => {
    for (const header of [undefined, null, '', 'v1=abc', `t=${t}`, 't=abc,v1=00', 'garbage']) {
      const error = await verifyWebhook(body, header, secret, { now }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WebhookSignatureError);
      expect((error as WebhookSignatureError).code).toBe('malformed_signature');
    }
    const short = await verifyWebhook(body, `t=${t},v1=abcd`, secret, { now }).catch((e: unknown) => e);
    expect((short as WebhookSignatureError).code).toBe('invalid_signature');
  });

  it('accepts any of several v1 signatures (secret rotation)', async () => {
    const header = await signWebhookPayload(body, secret, { timestamp: t });
    const old = (await signWebhookPayload(body, 'whsec_old', { timestamp: t })).split(',')[1];
    await expect(
      verifyWebhook(body, `${header.split(',')[0]},${old},${header.split(',')[1]}`, secret, { now }),
    ).resolves.toBe(t);
  });

  it('enforces the replay window both ways, after checking the signature', async () => {
    const header = await signWebhookPayload(body, secret, { timestamp: t });
    await expect(verifyWebhook(body, header, secret, { now: now + 300_000 })).resolves.toBe(t);
    await expect(verifyWebhook(body, header, secret, { now: now + 301_000 })).rejects.toBeInstanceOf(
      WebhookTimestampError,
    );
    await expect(verifyWebhook(body, header, secret, { now: now - 301_000 })).rejects.toBeInstanceOf(
      WebhookTimestampError,
    );
    await expect(
      verifyWebhook(body, header, secret, { now: now + 50_000, toleranceSeconds: 10 }),
    ).rejects.toMatchObject({
      kind: 'webhook_timestamp',
      code: 'outside_tolerance',
    });
    // A forged signature outside the window is a signature error, not a timestamp one.
    await expect(verifyWebhook(`${body}x`, header, secret, { now: now + 900_000 })).rejects.toBeInstanceOf(
      WebhookSignatureError,
    );
  });

  it('refuses a tolerance or clock that would turn the replay window off, before checking anything', async () => {
    const header = await signWebhookPayload(body, secret, { timestamp: t });
    // Ten years late: only a disabled window would let this through.
    const late = now + 10 * 365 * 86_400_000;
    for (const toleranceSeconds of [Number.NaN, Number.POSITIVE_INFINITY, -1, Number.NEGATIVE_INFINITY]) {
      const error = await verifyWebhook(body, header, secret, { now: late, toleranceSeconds }).catch(
        (e: unknown) => e,
      );
      expect(error, String(toleranceSeconds)).toBeInstanceOf(ConfigurationError);
      expect(error).toMatchObject({ kind: 'configuration', code: 'invalid_tolerance' });
    }
    await expect(verifyWebhook(body, header, secret, { now: Number.NaN })).rejects.toMatchObject({
      code: 'invalid_now',
    });
    // Checked first: even a missing header reports the configuration mistake.
    await expect(
      verifyWebhook(body, undefined, secret, { toleranceSeconds: Number.NaN }),
    ).rejects.toBeInstanceOf(ConfigurationError);
    // Zero is a legitimate (strict) window.
    await expect(verifyWebhook(body, header, secret, { now, toleranceSeconds: 0 })).resolves.toBe(t);
  });

  it('refuses an empty secret with a typed error, not a DOMException', async () => {
    const header = await signWebhookPayload(body, secret, { timestamp: t });
    for (const s of ['', undefined as unknown as string]) {
      const error = await verifyWebhook(body, header, s, { now }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error).toMatchObject({ code: 'invalid_secret' });
      await expect(signWebhookPayload(body, s)).rejects.toMatchObject({ code: 'invalid_secret' });
    }
    await expect(signWebhookPayload(body, secret, { timestamp: 1.5 })).rejects.toMatchObject({
      code: 'invalid_timestamp',
    });
  });

  it('round-trips any body and secret (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string(),
        fc.string({ minLength: 1 }),
        fc.integer({ min: 0, max: 4_000_000_000 }),
        async (b, s, ts) => {
          const header = await signWebhookPayload(b, s, { timestamp: ts });
          expect(await verifyWebhook(b, header, s, { now: ts * 1000 })).toBe(ts);
        },
      ),
      { numRuns: 50 },
    );
  });
});
