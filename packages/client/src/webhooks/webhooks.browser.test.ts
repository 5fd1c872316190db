import { describe, expect, it } from 'vitest';
import { ConfigurationError, WebhookSignatureError, WebhookTimestampError } from '../errors/index.js';
import { signWebhookPayload, verifyWebhook } from './index.js';

// Signing and verifying with Chromium's WebCrypto (crypto.subtle), not Node's.

const secret = 'whsec_test_secret';
// Non-ASCII on purpose: the MAC is over UTF-8 bytes, which must match what a server computes.
const body = JSON.stringify({ type: 'referral.accepted', data: { id: 'ref_0123456789', note: 'नमस्ते' } });
const t = 1_767_225_600;
const now = t * 1000;
/** HMAC-SHA256 of `${t}.${body}` with `secret`, computed once with Node's `crypto.createHmac`. */
const nodeMac = '50542444a9fb0c33d21ea12023e990a2c11c3182cedd4928a26aaae448c12112';

describe('webhooks with WebCrypto in the browser', () => {
  it('signs exactly as Node’s HMAC does', async () => {
    expect(globalThis.window).toBeDefined();
    await expect(signWebhookPayload(body, secret, { timestamp: t })).resolves.toBe(`t=${t},v1=${nodeMac}`);
  });

  it('round-trips a string, bytes, an ArrayBuffer and a body read from a real Request', async () => {
    const header = await signWebhookPayload(body, secret, { timestamp: t });
    const bytes = new TextEncoder().encode(body);
    await expect(verifyWebhook(body, header, secret, { now })).resolves.toBe(t);
    await expect(verifyWebhook(bytes, header, secret, { now })).resolves.toBe(t);
    await expect(verifyWebhook(bytes.buffer, header, secret, { now })).resolves.toBe(t);
    const request = new Request('http://receiver.test/webhooks', {
      method: 'POST',
      body,
      headers: { 'nayabato-signature': header },
    });
    const raw = await request.arrayBuffer();
    await expect(
      verifyWebhook(raw, request.headers.get('nayabato-signature'), secret, { now }),
    ).resolves.toBe(t);
  });

  it('round-trips with the current time by default', async () => {
    const header = await signWebhookPayload(body, secret);
    const signedAt = Number(/^t=(\d+),/.exec(header)?.[1]);
    expect(Math.abs(signedAt - Date.now() / 1000)).toBeLessThan(5);
    await expect(verifyWebhook(body, header, secret)).resolves.toBe(signedAt);
  });

  it('fails a tampered body, a wrong secret and a tampered signature or timestamp', async () => {
    const header = await signWebhookPayload(body, secret, { timestamp: t });
    const cases: [string, string, string][] = [
      [body.replace('ref_0123456789', 'ref_0123456780'), header, secret],
      [`${body} `, header, secret],
      [body.replace('नमस्ते', 'नमस्कार'), header, secret],
      [body, header, 'whsec_other_secret'],
      [body, header.replace(/v1=(.)/, (_, c: string) => `v1=${c === '0' ? '1' : '0'}`), secret],
      [body, header.replace(`t=${t}`, `t=${t + 1}`), secret],
    ];
    for (const [b, h, s] of cases) {
      const error = await verifyWebhook(b, h, s, { now }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WebhookSignatureError);
      expect(error).toMatchObject({ kind: 'webhook_signature', code: 'invalid_signature' });
    }
    await expect(verifyWebhook(body, 'garbage', secret, { now })).rejects.toMatchObject({
      code: 'malformed_signature',
    });
  });

  it('checks the replay window after the signature', async () => {
    const header = await signWebhookPayload(body, secret, { timestamp: t });
    await expect(verifyWebhook(body, header, secret, { now: now + 301_000 })).rejects.toBeInstanceOf(
      WebhookTimestampError,
    );
    await expect(verifyWebhook(`${body}x`, header, secret, { now: now + 301_000 })).rejects.toBeInstanceOf(
      WebhookSignatureError,
    );
  });

  it('refuses an empty secret with a typed error instead of WebCrypto’s DOMException', async () => {
    await expect(signWebhookPayload(body, '')).rejects.toBeInstanceOf(ConfigurationError);
    const header = await signWebhookPayload(body, secret, { timestamp: t });
    const error = await verifyWebhook(body, header, '', { now }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).not.toBeInstanceOf(DOMException);
    expect(error).toMatchObject({ code: 'invalid_secret' });
  });
});
