import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The README's main job, `pnpm start`, run as a user runs it: the registry starts on a free port with the
 * synthetic programme loaded, prints its URLs, keys and summary, and answers over real HTTP.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
let child: ChildProcess;
let output = '';
let url = '';

function waitFor(pattern: RegExp, ms: number): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`pnpm start printed no ${pattern} in ${ms} ms:\n${output}`)),
      ms,
    );
    const check = () => {
      const match = output.match(pattern);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    };
    child.stdout?.on('data', check);
    child.stderr?.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`pnpm start exited with ${code}:\n${output}`));
    });
    check();
  });
}

beforeAll(async () => {
  // The database URL is dropped so that the default, embedded PGlite, is what runs.
  const { DATABASE_URL: _db, ...env } = process.env;
  child = spawn('pnpm', ['start'], { cwd: root, env: { ...env, PORT: '0' }, detached: true });
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  url = (await waitFor(/registry \(synthetic demo data\) on (http:\/\/127\.0\.0\.1:\d+)/, 90_000))[1]!;
  await waitFor(/^Try: curl/m, 10_000);
}, 120_000);

afterAll(async () => {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.on('exit', resolve));
  process.kill(-child.pid!, 'SIGTERM');
  await exited;
});

describe('pnpm start', () => {
  it('listens on 127.0.0.1 and prints the URLs, the programme summary and demo keys', () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(output).toContain(`${url}/reference`);
    expect(output).toContain(`${url}/openapi.json`);
    expect(output).toMatch(/Participants: 250 /);
    expect(output).toMatch(/^ {2}ngo +org_[0-9a-z]+ +sk_/m);
  });

  it('serves the landing page, the API reference and the contract', async () => {
    for (const path of ['/', '/reference', '/openapi.json', '/health', '/ready']) {
      const res = await fetch(`${url}${path}`);
      expect(res.status, path).toBe(200);
    }
    const contract = (await (await fetch(`${url}/openapi.json`)).json()) as { openapi: string };
    expect(contract.openapi).toBe('3.1.0');
  });

  it("answers an NGO's printed secret key with the participants it registered", async () => {
    const key = output.match(/Authorization: Bearer (sk_[\w-]+)/)?.[1];
    expect(key).toBeDefined();
    const res = await fetch(`${url}/v1/participants?limit=5`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(res.status).toBe(200);
    const page = (await res.json()) as { items: { id: string }[] };
    expect(page.items.length).toBeGreaterThan(0);
    for (const item of page.items) expect(item.id).toMatch(/^pt_/);
  });
});
