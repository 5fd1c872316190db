import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_KEY_FILE, openDatabase } from '@nayabato/registry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The README's main job, `pnpm start`, run as a user runs it: the registry starts on a free port with the
 * synthetic programme loaded, prints its URLs, keys and summary, and answers over real HTTP. Also the
 * registry's own command with `--seed demo`, and `pnpm start` twice on one kept data directory.
 */
const root = fileURLToPath(new URL('..', import.meta.url));

/** A started process: what it printed, the URL it announced, and how to stop it. */
interface Started {
  readonly url: string;
  output(): string;
  stop(): Promise<void>;
}

function waitFor(child: ChildProcess, text: () => string, pattern: RegExp, ms: number) {
  return new Promise<RegExpMatchArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`printed no ${pattern} in ${ms} ms:\n${text()}`)), ms);
    const check = () => {
      const match = text().match(pattern);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    };
    child.stdout?.on('data', check);
    child.stderr?.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${text()}`));
    });
    check();
  });
}

/** Sends `signal` to a process group; false once no process of it is left. */
function signalGroup(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw error;
  }
}

/**
 * Whether a process of the group still runs. On Linux /proc tells, and a zombie does not count: an orphan's
 * zombie waits for a reaper that a container's first process may never be.
 */
function groupRunning(pid: number): boolean {
  if (!existsSync('/proc/self/stat')) return signalGroup(pid, 0);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // Gone meanwhile.
    }
    // Fields after the command's closing parenthesis: state, ppid, pgrp, ...
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pid && state !== 'Z' && state !== 'X') return true;
  }
  return false;
}

/** Waits until no process of the group is left; after 30 s, kills what remains. */
async function groupGone(pid: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (groupRunning(pid)) {
    if (Date.now() > deadline) signalGroup(pid, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Runs `command` in the repository as a user would, on a free port and on embedded PGlite. */
async function launch(
  command: string,
  args: string[],
  extraEnv: Record<string, string> = {},
): Promise<Started> {
  // The database URL is dropped so that the default, embedded PGlite, is what runs.
  const { DATABASE_URL: _db, ...env } = process.env;
  const child = spawn(command, args, { cwd: root, env: { ...env, PORT: '0', ...extraEnv }, detached: true });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.on('exit', resolve));
      signalGroup(child.pid!, 'SIGTERM');
      await exited;
    }
    // pnpm can exit before the registry it started has closed its database and released the data
    // directory's lock, so a stop waits for the whole process group to be gone.
    await groupGone(child.pid!);
  };
  try {
    const url = (
      await waitFor(
        child,
        () => output,
        /registry \(synthetic demo data\) on (http:\/\/127\.0\.0\.1:\d+)/,
        120_000,
      )
    )[1]!;
    await waitFor(child, () => output, /^Try: curl/m, 10_000);
    return { url, output: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

const printedKey = (output: string) => output.match(/Authorization: Bearer (sk_[\w-]+)/)?.[1];

/** The organisation rows printed: role, id, secret key and publishable key. */
const printedRows = (output: string) =>
  [...output.matchAll(/^ {2}(\w+) +(org_[0-9a-z]+) +(sk_[\w-]+) +(pk_[\w-]+)/gm)].map((m) => m.slice(1));

async function participantsAnswer(url: string, key: string | undefined) {
  const res = await fetch(`${url}/v1/participants?limit=5`, { headers: { authorization: `Bearer ${key}` } });
  return { status: res.status, page: (await res.json()) as { items: { id: string }[] } };
}

describe('pnpm start', () => {
  let started: Started;
  beforeAll(async () => {
    started = await launch('pnpm', ['start']);
  }, 150_000);
  afterAll(() => started?.stop());

  it('listens on 127.0.0.1 and prints the URLs, the programme summary and demo keys', () => {
    const { url } = started;
    const output = started.output();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(output).toContain(`${url}/reference`);
    expect(output).toContain(`${url}/openapi.json`);
    expect(output).toMatch(/Participants: 250 /);
    expect(output).toMatch(/^ {2}ngo +org_[0-9a-z]+ +sk_/m);
    expect(output).toMatch(/demo keys \(synthetic data only; new at every start of this in-memory database/);
    expect(output).toMatch(
      /phases +engine \d+ ms, migrations \d+ ms, listen \d+ ms, seed \d+ ms \(snapshot (loaded|built)\)/,
    );
    expect(printedRows(output)).toHaveLength(24);
  });

  it('serves the landing page, the API reference and the contract', async () => {
    for (const path of ['/', '/reference', '/openapi.json', '/health', '/ready']) {
      const res = await fetch(`${started.url}${path}`);
      expect(res.status, path).toBe(200);
    }
    const contract = (await (await fetch(`${started.url}/openapi.json`)).json()) as { openapi: string };
    expect(contract.openapi).toBe('3.1.0');
  });

  it("answers an NGO's printed secret key with the participants it registered", async () => {
    const key = printedKey(started.output());
    expect(key).toBeDefined();
    const { status, page } = await participantsAnswer(started.url, key);
    expect(status).toBe(200);
    expect(page.items.length).toBeGreaterThan(0);
    for (const item of page.items) expect(item.id).toMatch(/^pt_/);
  });

  it('links public indicators on the landing page, which answer with suppressed cells', async () => {
    const html = await (await fetch(`${started.url}/`)).text();
    const link = html.match(/<a href="(\/v1\/indicators\?[^"]+)" data-key="(pk_[\w-]+)">/);
    expect(link).not.toBeNull();
    const res = await fetch(`${started.url}${link![1]!.replace(/&amp;/g, '&')}`, {
      headers: { authorization: `Bearer ${link![2]}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toMatch(/^public/);
    const text = await res.text();
    expect(text).toContain('"suppressed":true');
    expect(text).toContain('"suppressed":false');
  });
});

describe('pnpm start on a kept data directory (NAYABATO_DATA_DIR)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nb-start-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the same demo keys at every start, keeps them working, and issues no more', async () => {
    const outputs: string[] = [];
    for (let run = 0; run < 2; run++) {
      const started = await launch('pnpm', ['start'], { NAYABATO_DATA_DIR: dir });
      try {
        outputs.push(started.output());
        const { status } = await participantsAnswer(started.url, printedKey(started.output()));
        expect(status).toBe(200);
      } finally {
        await started.stop();
      }
    }
    const [first, second] = outputs.map(printedRows);
    expect(first).toHaveLength(24);
    expect(second).toEqual(first);
    expect(outputs[1]).toMatch(/the same at every start on this data directory/);
    // The plain-text copy of the demo keys is readable by its owner only.
    expect(statSync(join(dir, DEMO_KEY_FILE)).mode & 0o077).toBe(0);
    // One active key of each kind per organisation, whatever the number of starts.
    const db = await openDatabase({ dataDir: dir });
    try {
      const active = await db.query<{ org_id: string; kind: string; n: number }>(
        `select org_id, kind, count(*)::int as n from api_keys where revoked_at is null group by org_id, kind`,
      );
      expect(active).toHaveLength(48);
      for (const row of active) expect(Number(row.n), `${row.org_id} ${row.kind}`).toBe(1);
    } finally {
      await db.close();
    }
  }, 300_000);
});

describe('nayabato-registry --seed demo', () => {
  it('prints what pnpm start prints: the URLs, the programme and keys that work', async () => {
    const started = await launch('node_modules/.bin/tsx', [
      '--conditions=@nayabato/source',
      'packages/registry/src/cli.ts',
      '--seed',
      'demo',
      '--port',
      '0',
    ]);
    try {
      const output = started.output();
      expect(output).toContain(`${started.url}/reference`);
      expect(output).toMatch(/Participants: 250 /);
      expect(printedRows(output)).toHaveLength(24);
      const { status, page } = await participantsAnswer(started.url, printedKey(output));
      expect(status).toBe(200);
      expect(page.items.length).toBeGreaterThan(0);
    } finally {
      await started.stop();
    }
  }, 150_000);
});
