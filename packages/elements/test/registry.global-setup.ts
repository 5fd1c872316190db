import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

/**
 * The chromium project's global set-up: starts a real registry on port 0 with the demo programme (its
 * database loaded from a cached snapshot after the first run) and hands the browser tests its URL and a
 * publishable key through `provide`, read with `inject('registryUrl')` and `inject('publishableKey')`.
 * Publishable keys are not bound to origins and the registry answers them with CORS, so the test page
 * (served by Vite on another port) reads it as a customer's page would.
 *
 * The registry runs in a child process under tsx with the `@nayabato/source` condition: Vite's runner for
 * global set-ups does not resolve the workspace's sources through that condition.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const script = fileURLToPath(new URL('./registry-process.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=@nayabato/source', script], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const first = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the test registry exited (${code}) before it started`)));
  });
  const { url, publishableKey, organizationId, organizations } = JSON.parse(first) as Record<
    string,
    string
  > & {
    organizations: unknown;
  };
  // For the browser commands (test/commands.ts), which run in this process: secrets stay in Node.
  process.env.NAYABATO_TEST_REGISTRY = JSON.stringify({ url, organizations });
  project.provide('registryUrl', url!);
  project.provide('publishableKey', publishableKey!);
  project.provide('organizationId', organizationId!);
  return async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.stdin.end();
    await exited;
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The URL of the registry the global set-up started. */
    registryUrl: string;
    /** A publishable key of one of its demo organisations. */
    publishableKey: string;
    /** That organisation's id. */
    organizationId: string;
  }
}
