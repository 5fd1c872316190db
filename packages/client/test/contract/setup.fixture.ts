/**
 * One real registry (embedded PGlite, demo seed) for the contract suite, clients for the demo
 * organisations, and the record of which operations the suite exercised.
 */
import { fileURLToPath } from 'node:url';
import { type DemoOrganization, type RunningRegistry, startRegistry } from '@nayabato/registry';
import { afterAll, beforeAll } from 'vitest';
import { createClient, type NayaBatoClient } from '../../src/index.js';
import type { ClientOptions } from '../../src/options.js';

/** Every `METHOD /route` a client of this suite sent (from the `request` event, i.e. route templates). */
export const covered = new Set<string>();

let registry: RunningRegistry | undefined;

/** Starts the registry once for the file; call at the top level of the test file. */
export function useRegistry(): void {
  beforeAll(async () => {
    registry = await startRegistry({
      port: 0,
      seed: 'demo',
      demoCacheDir: fileURLToPath(new URL('../../../../node_modules/.cache/nayabato', import.meta.url)),
      logger: () => undefined,
      // The webhook scenarios' receiver listens on 127.0.0.1; quick polls and retries keep them short.
      settings: { allowPrivateWebhookTargets: true, webhookPollSeconds: 0.05, webhookRetryBaseSeconds: 0.05 },
    });
  }, 120_000);
  afterAll(async () => {
    await registry?.close();
  });
}

/** The running registry. */
export function running(): RunningRegistry {
  if (!registry) throw new Error('The registry is not started: call useRegistry() first');
  return registry;
}

/**
 * A demo organisation: `ngo` is the shelter NGO (the seed's records are its), `ngo2` the second NGO.
 */
export function org(role: DemoOrganization['role'] | 'ngo2'): DemoOrganization {
  const orgs = running().demo?.organizations ?? [];
  const found = role === 'ngo2' ? orgs.filter((o) => o.role === 'ngo')[1] : orgs.find((o) => o.role === role);
  if (!found) throw new Error(`No demo organisation ${role}`);
  return found;
}

/** A client with a credential, recording coverage. Validation of requests and responses is on by default. */
export function clientFor(
  credential: Partial<Pick<ClientOptions, 'apiKey' | 'getToken' | 'publishableKey'>>,
  options: Partial<ClientOptions> = {},
): NayaBatoClient {
  const client = createClient({
    baseUrl: running().url,
    validate: 'all',
    retry: { baseDelay: 10 },
    ...credential,
    ...options,
  } as ClientOptions);
  client.on('request', (e) => covered.add(`${e.method} ${e.route}`));
  return client;
}

/** A client with the secret key of a demo organisation. */
export function secretClient(
  role: Parameters<typeof org>[0],
  options: Partial<ClientOptions> = {},
): NayaBatoClient {
  return clientFor({ apiKey: org(role).secretKey }, options);
}
