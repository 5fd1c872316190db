/**
 * Run by `registry.global-setup.ts` in a child process (tsx with the workspace's source condition):
 * starts a registry on port 0 with the demo programme, writes one JSON line with its URL, a
 * publishable key and every demo organisation's keys and users to stdout, and closes it when stdin ends or on SIGTERM.
 */
import { startRegistry } from '@nayabato/registry';

const registry = await startRegistry({
  port: 0,
  host: '127.0.0.1',
  seed: 'demo',
  demoCacheDir: 'node_modules/.cache/nayabato',
  logger: () => undefined,
});
const organization = registry.demo?.organizations[0];
if (!organization) throw new Error('the demo seed has no organisation');
// Every organisation's keys and users too: the browser command `staffToken` (test/commands.ts) issues
// staff tokens with them from Node, as a partner's backend would; they never reach a test page.
const organizations = (registry.demo?.organizations ?? []).map((o) => ({
  id: o.id,
  role: o.role,
  secretKey: o.secretKey,
  publishableKey: o.publishableKey,
  users: o.users.map((u) => ({ id: u.id, permissions: u.permissions })),
}));
process.stdout.write(
  `${JSON.stringify({ url: registry.url, publishableKey: organization.publishableKey, organizationId: organization.id, organizations })}\n`,
);
const stop = () => void registry.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.stdin.on('end', stop);
process.stdin.resume();
