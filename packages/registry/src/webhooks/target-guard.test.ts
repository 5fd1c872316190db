import { describe, expect, it } from 'vitest';
import { checkWebhookTarget, isRefusedAddress, WebhookTargetError } from './target-guard.js';

describe('the webhook target guard', () => {
  it.each([
    '127.0.0.1',
    '127.1.2.3',
    '10.0.0.1',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '239.255.255.250',
    '255.255.255.255',
    '::',
    '::1',
    'fe80::1',
    'fe80::1%eth0',
    'fc00::1',
    'fd12:3456:789a::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    '::ffff:169.254.169.254',
    '::127.0.0.1',
    '64:ff9b::10.0.0.1',
    '2002:0a00:0001::1',
    'not-an-address',
  ])('refuses %s', (address) => {
    expect(isRefusedAddress(address)).toBe(true);
  });

  it.each([
    '93.184.216.34',
    '8.8.8.8',
    '172.32.0.1',
    '2606:4700:4700::1111',
    '::ffff:8.8.8.8',
    '64:ff9b::8.8.8.8',
  ])('allows the public address %s', (address) => {
    expect(isRefusedAddress(address)).toBe(false);
  });

  it.each([
    ['https://127.0.0.1/hooks', 'webhook_target_private'],
    ['https://[::1]/hooks', 'webhook_target_private'],
    ['https://[::ffff:127.0.0.1]/hooks', 'webhook_target_private'],
    ['https://[fd00::1]/hooks', 'webhook_target_private'],
    ['https://169.254.169.254/latest/meta-data', 'webhook_target_private'],
    ['https://localhost/hooks', 'webhook_target_private'],
    ['https://2130706433/hooks', 'webhook_target_private'],
    ['http://8.8.8.8/hooks', 'webhook_url_scheme'],
    ['http://127.0.0.1/hooks', 'webhook_url_scheme'],
    ['https://user:pass@8.8.8.8/hooks', 'webhook_url_scheme'],
    ['https://nonexistent.invalid/hooks', 'webhook_target_unresolvable'],
  ])('refuses %s without the setting (%s)', async (url, code) => {
    const refused = await checkWebhookTarget(new URL(url), { allowPrivate: false }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(WebhookTargetError);
    expect((refused as WebhookTargetError).code).toBe(code);
  });

  it('allows a public https address, and plain http to loopback only with the setting', async () => {
    await expect(
      checkWebhookTarget(new URL('https://8.8.8.8/hooks'), { allowPrivate: false }),
    ).resolves.toBeUndefined();
    await expect(
      checkWebhookTarget(new URL('http://127.0.0.1:9/hooks'), { allowPrivate: true }),
    ).resolves.toBeUndefined();
    await expect(
      checkWebhookTarget(new URL('http://10.0.0.1/hooks'), { allowPrivate: true }),
    ).rejects.toThrow(WebhookTargetError);
  });
});
