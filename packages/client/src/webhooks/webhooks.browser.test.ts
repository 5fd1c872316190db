import { describe, expect, it } from 'vitest';
import { ConfigurationError, WebhookSignatureError, WebhookTimestampError } from '../errors/index.js';
import { signWebhookPayload, verifyWebhook } from './index.js';

// Signing and verifying with Chromium's WebCrypto (crypto.subtle), not Node's.

const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
// Non-ASCII on purpose: the MAC is over UTF-8 bytes, which must match what a server computes.
const body = JSON.stringify({
  type: 'referral.accepted',
  data: { referralId: 'ref_0123456789', note: 'नमस्ते' },
});
const id = 'msg_0123456789abcdef';
const t = 1_767_225_600;
const now = t * 1000;
/** Base64 HMAC-SHA256 of `${id}.${t}.${body}` keyed by the secret's bytes, computed once with Node's `crypto.createHmac`. */
const nodeMac = 'JFkLJNJiLaQ87zsg0NiW5LpXluUF/ds3VKlHwJjKhKk=';

describe('webhooks with WebCrypto in the browser', () => {
  it('signs exactly as Node’s HMAC does', async () => {
    expect(globalThis.window).toBeDefined();
    await expect(signWebhookPayload(body, secret, { id, timestamp: t })).resolves.toEqual({
      'webhook-id': id,
      'webhook-timestamp': String(t),
      'webhook-signature': `v1,${nodeMac}`,
    });
  });

  it('round-trips a string, bytes, an ArrayBuffer and a body read from a real Request', async () => {
    const headers = await signWebhookPayload(body, secret, { id, timestamp: t });
    const bytes = new TextEncoder().encode(body);
    await expect(verifyWebhook(body, headers, secret, { now })).resolves.toEqual({ id, timestamp: t });
    await expect(verifyWebhook(bytes, headers, secret, { now })).resolves.toEqual({ id, timestamp: t });
    await expect(verifyWebhook(bytes.buffer, headers, secret, { now })).resolves.toEqual({
      id,
      timestamp: t,
    });
    const request = new Request('http://receiver.test/webhooks', {
      method: 'POST',
      body,
      headers: { ...headers },
    });
    const raw = await request.arrayBuffer();
    await expect(verifyWebhook(raw, request.headers, secret, { now })).resolves.toEqual({ id, timestamp: t });
  });

  it('round-trips with the current time and a random id by default', async () => {
    const headers = await signWebhookPayload(body, secret);
    expect(headers['webhook-id']).toMatch(/^msg_[0-9a-f]{24}$/);
    const signedAt = Number(headers['webhook-timestamp']);
    expect(Math.abs(signedAt - Date.now() / 1000)).toBeLessThan(5);
    await expect(verifyWebhook(body, headers, secret)).resolves.toEqual({
      id: headers['webhook-id'],
      timestamp: signedAt,
    });
  });

  it('fails a tampered body, a wrong secret and a tampered signature, id or timestamp', async () => {
    const headers = await signWebhookPayload(body, secret, { id, timestamp: t });
    const cases: [string, Record<string, string>, string][] = [
      [body.replace('ref_0123456789', 'ref_0123456780'), { ...headers }, secret],
      [body.replace('नमस्ते', 'नमस्कार'), { ...headers }, secret],
      [body, { ...headers }, 'whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
      [
        body,
        { ...headers, 'webhook-signature': `v1,${nodeMac.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))}` },
        secret,
      ],
      [body, { ...headers, 'webhook-id': 'msg_0123456789abcdee' }, secret],
      [body, { ...headers, 'webhook-timestamp': String(t + 1) }, secret],
    ];
    for (const [b, h, s] of cases) {
      const error = await verifyWebhook(b, h, s, { now }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WebhookSignatureError);
      expect(error).toMatchObject({ kind: 'webhook_signature', code: 'invalid_signature' });
    }
    await expect(
      verifyWebhook(body, { 'webhook-signature': 'garbage' }, secret, { now }),
    ).rejects.toMatchObject({
      code: 'malformed_signature',
    });
  });

  it('checks the replay window after the signature', async () => {
    const headers = await signWebhookPayload(body, secret, { id, timestamp: t });
    await expect(verifyWebhook(body, headers, secret, { now: now + 301_000 })).rejects.toBeInstanceOf(
      WebhookTimestampError,
    );
    await expect(verifyWebhook(`${body}x`, headers, secret, { now: now + 301_000 })).rejects.toBeInstanceOf(
      WebhookSignatureError,
    );
  });

  it('refuses an empty or malformed secret with a typed error instead of WebCrypto’s DOMException', async () => {
    await expect(signWebhookPayload(body, '')).rejects.toBeInstanceOf(ConfigurationError);
    const headers = await signWebhookPayload(body, secret, { id, timestamp: t });
    for (const s of ['', 'whsec_%%%']) {
      const error = await verifyWebhook(body, headers, s, { now }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error).not.toBeInstanceOf(DOMException);
      expect(error).toMatchObject({ code: 'invalid_secret' });
    }
  });
});
