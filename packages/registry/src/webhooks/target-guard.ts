import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** Why a webhook target was refused (a field code of `messages.ts`). */
export type TargetRefusal = 'webhook_url_scheme' | 'webhook_target_private' | 'webhook_target_unresolvable';

/** Thrown when a webhook target may not be called. Carries the reason only, never the address. */
export class WebhookTargetError extends Error {
  override readonly name = 'WebhookTargetError';
  constructor(readonly code: TargetRefusal) {
    super(`Webhook target refused: ${code}`);
  }
}

/**
 * Every range a partner's webhook must not reach: unspecified, "this network", private (RFC 1918),
 * shared (CGNAT), loopback, link-local, IETF protocol assignments, benchmarking, documentation, multicast
 * and reserved IPv4; unspecified, loopback, unique-local, link-local, site-local, multicast, NAT64,
 * documentation and the IPv4-embedding IPv6 ranges (their IPv4 part is checked separately).
 */
const REFUSED = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  REFUSED.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
  ['2001:db8::', 32],
  ['100::', 64],
] as const)
  REFUSED.addSubnet(net, prefix, 'ipv6');

/** The 8 16-bit groups of an IPv6 address (dotted IPv4 tails included), or undefined. */
function ipv6Groups(address: string): number[] | undefined {
  let text = address.replace(/%.*$/, '');
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const p = dotted[1]!.split('.').map(Number);
    text = `${text.slice(0, -dotted[1]!.length)}${((p[0]! << 8) | p[1]!).toString(16)}:${((p[2]! << 8) | p[3]!).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const parse = (s: string) => (s === '' ? [] : s.split(':').map((g) => Number.parseInt(g, 16)));
  const h = parse(head);
  const t = tail === undefined ? [] : parse(tail);
  const groups = tail === undefined ? h : [...h, ...new Array(8 - h.length - t.length).fill(0), ...t];
  return groups.length === 8 && groups.every((g) => g >= 0 && g <= 0xffff) ? groups : undefined;
}

/** The IPv4 address an IPv6 one carries (mapped, compatible, NAT64, 6to4), if any. */
function embeddedIpv4(groups: number[]): string | undefined {
  const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  const zeros = (n: number) => groups.slice(0, n).every((g) => g === 0);
  if (zeros(5) && (groups[5] === 0xffff || groups[5] === 0)) return v4(groups[6]!, groups[7]!);
  if (groups[0] === 0x64 && groups[1] === 0xff9b) return v4(groups[6]!, groups[7]!);
  if (groups[0] === 0x2002) return v4(groups[1]!, groups[2]!);
  return undefined;
}

/**
 * Whether an IP address is one a webhook must not reach (private, loopback, link-local, multicast,
 * unique-local, reserved), IPv4 or IPv6, IPv4 inside IPv6 (`::ffff:127.0.0.1`) included. Anything that
 * is not an IP address counts as refused.
 *
 * @example
 * ```ts
 * isRefusedAddress('::ffff:10.0.0.1'); // true
 * isRefusedAddress('93.184.216.34'); // false
 * ```
 */
export function isRefusedAddress(address: string): boolean {
  const version = isIP(address.replace(/%.*$/, ''));
  if (version === 4) return REFUSED.check(address, 'ipv4');
  if (version !== 6) return true;
  const groups = ipv6Groups(address);
  if (!groups) return true;
  const inner = embeddedIpv4(groups);
  if (inner) return isRefusedAddress(inner);
  return REFUSED.check(groups.map((g) => g.toString(16)).join(':'), 'ipv6');
}

/** The host of a URL without IPv6 brackets. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1']);

/**
 * Checks a webhook URL before it is stored: `https`, or `http` to a loopback host only when private
 * targets are allowed; and, unless they are, every address its host resolves to must be public. The
 * worker checks again at every delivery, on the address it connects to (see `post.ts`).
 *
 * @throws WebhookTargetError with the refusal's field code
 * @example
 * ```ts
 * await checkWebhookTarget(new URL('https://partner.example/hooks'), { allowPrivate: false });
 * ```
 */
export async function checkWebhookTarget(url: URL, options: { allowPrivate: boolean }): Promise<void> {
  const host = hostOf(url);
  const httpAllowed = options.allowPrivate && (LOOPBACK_NAMES.has(host) || host.startsWith('127.'));
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && httpAllowed))
    throw new WebhookTargetError('webhook_url_scheme');
  if (url.username || url.password) throw new WebhookTargetError('webhook_url_scheme');
  if (options.allowPrivate) return;
  await resolvePublic(host);
}

/**
 * Every address of `host` (an IP literal stands for itself), refusing when any is private: a name
 * with one public and one private address could be steered to the private one.
 *
 * @throws WebhookTargetError (`webhook_target_private`, `webhook_target_unresolvable`)
 */
export async function resolvePublic(host: string): Promise<{ address: string; family: number }[]> {
  if (isIP(host)) {
    if (isRefusedAddress(host)) throw new WebhookTargetError('webhook_target_private');
    return [{ address: host, family: isIP(host) }];
  }
  let addresses: { address: string; family: number }[];
  try {
    addresses = await lookup(host, { all: true, verbatim: true });
  } catch {
    throw new WebhookTargetError('webhook_target_unresolvable');
  }
  if (addresses.length === 0) throw new WebhookTargetError('webhook_target_unresolvable');
  if (addresses.some((a) => isRefusedAddress(a.address)))
    throw new WebhookTargetError('webhook_target_private');
  return addresses;
}
