/**
 * kill -9 during an idempotent write burst, then a replay of every request with its Idempotency-Key: no
 * create lost, none duplicated (counted through the API). Real `nayabato-registry` processes over HTTP: on
 * a PGlite data directory (one process, killed and restarted), and on PostgreSQL (two processes on one
 * database, one killed mid-burst and restarted, the replay sent to the other process than the first try).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from './db/migrate.js';
import { openDatabase } from './db/open.js';
import { createTestDatabase, type Json, participantBody, reportPostgresNotRun } from './registry.fixture.js';
import { bootstrapOrganization } from './seed/bootstrap.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const REQUESTS = 32;
const CONCURRENCY = 6;
/** How many creates must have answered before the kill (the rest are in flight or not sent yet). */
const KILL_AFTER = 8;

interface Proc {
  readonly child: ChildProcess;
  readonly exit: Promise<unknown>;
  readonly url: Promise<string>;
}

/** Starts the CLI on `--port 0`; `url` resolves when it announces where it listens. */
function registry(args: string[], databaseUrl?: string): Proc {
  const { DATABASE_URL: _db, ...env } = process.env;
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--conditions=@nayabato/source',
      'packages/registry/src/cli.ts',
      '--port',
      '0',
      ...args,
    ],
    {
      cwd: root,
      env: databaseUrl ? { ...env, DATABASE_URL: databaseUrl } : env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  const url = new Promise<string>((resolve, reject) => {
    const read = (b: Buffer) => {
      out += b.toString();
      const match = out.match(/registry listening on (http:\/\/[\d.]+:\d+)/);
      if (match) resolve(match[1]!);
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) => reject(new Error(`registry exited ${code} before listening:\n${out}`)));
  });
  url.catch(() => {});
  return { child, url, exit: new Promise((resolve) => child.on('exit', resolve)) };
}

const keyOf = (i: number) => `crash-replay-${i.toString().padStart(3, '0')}`;

function create(url: string, secretKey: string, i: number): Promise<{ status: number; body: Json }> {
  return fetch(`${url}/v1/participants`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${secretKey}`,
      'content-type': 'application/json',
      'idempotency-key': keyOf(i),
    },
    body: JSON.stringify(participantBody({ notes: `crash replay ${i}` })),
  }).then(async (res) => ({ status: res.status, body: await res.json() }));
}

/**
 * Fires the burst at `urls` (request i to `urls[i % urls.length]`), `CONCURRENCY` at a time, and calls
 * `kill` once `KILL_AFTER` have answered. Returns the ids answered before the kill, by request.
 */
async function burst(urls: string[], secretKey: string, kill: () => void): Promise<Map<number, string>> {
  const answered = new Map<number, string>();
  let next = 0;
  let killed = false;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        const i = next++;
        try {
          const res = await create(urls[i % urls.length]!, secretKey, i);
          if (res.status === 201) answered.set(i, res.body.id);
        } catch {
          // Cut by the kill: the replay decides what became of it.
        }
        if (!killed && answered.size >= KILL_AFTER) {
          killed = true;
          kill();
        }
      }
    }),
  );
  return answered;
}

/** Replays every request (request i to `urls[(i + 1) % urls.length]`) and lists what the API holds. */
async function replayAndCount(urls: string[], secretKey: string, before: Map<number, string>) {
  const replayed = new Map<number, string>();
  for (let i = 0; i < REQUESTS; i++) {
    const res = await create(urls[(i + 1) % urls.length]!, secretKey, i);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    replayed.set(i, res.body.id);
  }
  for (const [i, id] of before) expect(replayed.get(i)).toBe(id);
  const listed: string[] = [];
  let cursor: string | null = null;
  do {
    const res = await fetch(`${urls[0]}/v1/participants?limit=100${cursor ? `&cursor=${cursor}` : ''}`, {
      headers: { authorization: `Bearer ${secretKey}` },
    });
    const page = (await res.json()) as Json;
    listed.push(...page.items.map((p: Json) => p.id));
    cursor = page.nextCursor;
  } while (cursor);
  return { replayed, listed };
}

async function newOrganization(options: { dataDir?: string; databaseUrl?: string }): Promise<string> {
  const db = await openDatabase(options);
  try {
    await migrate(db);
    const made = await bootstrapOrganization(db, {
      role: 'ngo',
      name: 'Crash Replay NGO',
      districtsServed: ['Kathmandu'],
      servicesOffered: [],
    });
    return made.secretKey;
  } finally {
    await db.close();
  }
}

describe('kill -9 during an idempotent write burst, then replay', () => {
  const procs: Proc[] = [];
  const cleanups: (() => Promise<void>)[] = [];
  const start = (args: string[], databaseUrl?: string) => {
    const p = registry(args, databaseUrl);
    procs.push(p);
    return p;
  };
  afterAll(async () => {
    for (const p of procs)
      if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
    await Promise.all(procs.map((p) => p.exit));
    for (const cleanup of cleanups) await cleanup();
  });

  it('PGlite data directory: 0 lost, 0 duplicated', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nayabato-crash-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const secretKey = await newOrganization({ dataDir: dir });
    const first = start(['--data-dir', dir]);
    const before = await burst([await first.url], secretKey, () => first.child.kill('SIGKILL'));
    await first.exit;
    expect(before.size).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(before.size).toBeLessThan(REQUESTS);

    const second = start(['--data-dir', dir]);
    const { replayed, listed } = await replayAndCount([await second.url], secretKey, before);
    expect(new Set(replayed.values()).size).toBe(REQUESTS);
    expect(listed.length).toBe(REQUESTS);
    expect(new Set(listed)).toEqual(new Set(replayed.values()));
    second.child.kill('SIGTERM');
    await second.exit;
  }, 180_000);

  if (process.env.DATABASE_URL) {
    it('PostgreSQL, two processes, one killed: 0 lost, 0 duplicated', async () => {
      const database = await createTestDatabase();
      cleanups.push(database.drop);
      const secretKey = await newOrganization({ databaseUrl: database.url });
      const a = start([], database.url);
      const b = start([], database.url);
      const urls = [await a.url, await b.url];
      const before = await burst(urls, secretKey, () => a.child.kill('SIGKILL'));
      await a.exit;
      expect(before.size).toBeGreaterThanOrEqual(KILL_AFTER);

      const restarted = start([], database.url);
      const { replayed, listed } = await replayAndCount([await restarted.url, urls[1]!], secretKey, before);
      expect(new Set(replayed.values()).size).toBe(REQUESTS);
      expect(listed.length).toBe(REQUESTS);
      expect(new Set(listed)).toEqual(new Set(replayed.values()));
      restarted.child.kill('SIGTERM');
      b.child.kill('SIGTERM');
      await Promise.all([restarted.exit, b.exit]);
    }, 180_000);
  }
});
reportPostgresNotRun('kill -9 during an idempotent write burst, two processes');
