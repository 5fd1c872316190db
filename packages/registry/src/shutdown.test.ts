import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_DIR_LOCK_FILE } from './db/data-dir-lock.js';
import { migrate } from './db/migrate.js';
import { openDatabase } from './db/open.js';
import { createTestDatabase, participantBody, reportPostgresNotRun } from './registry.fixture.js';
import { bootstrapOrganization } from './seed/bootstrap.js';

/**
 * Graceful shutdown and the data directory lock, over real processes of `nayabato-registry` on a PGlite
 * data directory (docs/decisions/2026-12-06-graceful-shutdown.md).
 */
const root = fileURLToPath(new URL('../../..', import.meta.url));

/** A registry process: its output, the URL it announced, and its exit. */
interface Proc {
  readonly child: ChildProcess;
  readonly exit: Promise<number | null>;
  output(): string;
}

/** Starts the CLI (one process: `node --import tsx`, so that its pid is the one in the lock file). */
function cli(args: string[], databaseUrl?: string): Proc {
  const { DATABASE_URL: _db, ...env } = process.env;
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=@nayabato/source', 'packages/registry/src/cli.ts', ...args],
    {
      cwd: root,
      env: databaseUrl ? { ...env, DATABASE_URL: databaseUrl } : env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout?.on('data', (b: Buffer) => {
    out += b.toString();
  });
  child.stderr?.on('data', (b: Buffer) => {
    out += b.toString();
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exit, output: () => out };
}

async function listening(proc: Proc): Promise<string> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const match = proc.output().match(/registry listening on (http:\/\/[\d.]+:\d+)/);
    if (match) return match[1]!;
    if (proc.child.exitCode !== null) throw new Error(`exited ${proc.child.exitCode}:\n${proc.output()}`);
    if (Date.now() > deadline) throw new Error(`no URL printed:\n${proc.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A raw connection, to hold a request half sent across the signal. */
function open(url: string): Promise<{ socket: Socket; response: Promise<string> }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      let text = '';
      socket.on('data', (b: Buffer) => {
        text += b.toString();
      });
      const response = new Promise<string>((done) => socket.on('close', () => done(text)));
      resolve({ socket, response });
    });
    socket.once('error', reject);
  });
}

/**
 * Sends a create whose body is still arriving when SIGTERM comes; checks that new connections are then
 * refused, that the create completes, and that a readiness probe pipelined after it answers 503.
 * Returns the created participant's id.
 */
async function drainsASlowCreate(registry: Proc, url: string, secretKey: string): Promise<string> {
  // A create whose body is still arriving when the signal comes.
  const body = JSON.stringify(participantBody({ notes: 'Written across a shutdown' }));
  const slow = await open(url);
  slow.socket.write(
    `POST /v1/participants HTTP/1.1\r\nHost: registry\r\nAuthorization: Bearer ${secretKey}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n` +
      body.slice(0, 10),
  );
  await new Promise((r) => setTimeout(r, 300));

  registry.child.kill('SIGTERM');
  const refused = async () => {
    for (let i = 0; i < 100; i++) {
      const error = await fetch(`${url}/health`).then(
        () => undefined,
        (e: { cause?: { code?: string } }) => e.cause?.code,
      );
      // A connection accepted just before the listener closed is reset: not yet the answer.
      if (error === 'ECONNREFUSED') return error;
      await new Promise((r) => setTimeout(r, 50));
    }
    return 'still accepting';
  };
  expect(await refused()).toBe('ECONNREFUSED');
  expect(registry.child.exitCode).toBeNull();

  // The rest of the body, and on the same connection (pipelined) a readiness probe, now answered 503.
  slow.socket.write(`${body.slice(10)}GET /ready HTTP/1.1\r\nHost: registry\r\n\r\n`);
  const answers = await slow.response;
  expect(answers).toMatch(/^HTTP\/1\.1 201 /);
  const second = answers.indexOf('HTTP/1.1 ', 10);
  expect(answers.slice(second)).toMatch(/^HTTP\/1\.1 503 /);
  expect(answers.slice(second)).toContain('"status":"unavailable"');
  const created = answers.slice(0, second);
  const participantId = /"id":"(pt_[^"]+)"/.exec(created)?.[1] ?? '';
  expect(participantId).toMatch(/^pt_/);

  return participantId;
}

const lockPid = (dir: string) => Number(readFileSync(join(dir, DATA_DIR_LOCK_FILE), 'utf8').trim());
const stop = (proc: Proc) => {
  if (proc.child.exitCode === null) proc.child.kill('SIGKILL');
};

describe('graceful shutdown of a registry on a PGlite data directory', () => {
  let dir = '';
  let secretKey = '';
  const procs: Proc[] = [];
  const start = (...args: string[]) => {
    const p = cli(['--port', '0', '--data-dir', dir, ...args]);
    procs.push(p);
    return p;
  };
  let participantId = '';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nayabato-shutdown-'));
    const db = await openDatabase({ dataDir: dir });
    try {
      await migrate(db);
      ({ secretKey } = await bootstrapOrganization(db, {
        role: 'ngo',
        name: 'Shutdown Test NGO',
        districtsServed: ['Kathmandu'],
        servicesOffered: [],
      }));
    } finally {
      await db.close();
    }
    expect(existsSync(join(dir, DATA_DIR_LOCK_FILE))).toBe(false);
  }, 120_000);
  afterAll(async () => {
    for (const p of procs) stop(p);
    await Promise.all(procs.map((p) => p.exit));
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('finishes a slow request after SIGTERM, answers /ready 503, refuses new connections, exits 0', async () => {
    const registry = start();
    const url = await listening(registry);
    expect(lockPid(dir)).toBe(registry.child.pid);

    participantId = await drainsASlowCreate(registry, url, secretKey);
    expect(await registry.exit).toBe(0);
    expect(registry.output()).toContain('registry stopped');
    expect(existsSync(join(dir, DATA_DIR_LOCK_FILE))).toBe(false);

    // The directory reopens with the write of the drained request in it.
    const db = await openDatabase({ dataDir: dir });
    try {
      const rows = await db.query<{ id: string }>('select id from participants where id = $1', [
        participantId,
      ]);
      expect(rows).toHaveLength(1);
    } finally {
      await db.close();
    }
  }, 180_000);

  it('refuses a second process on a data directory a live one holds, with a clear message', async () => {
    const first = start();
    await listening(first);
    const second = start();
    expect(await second.exit).toBe(1);
    expect(second.output()).toContain(
      `The data directory ${dir} is in use by another registry process (pid ${first.child.pid})`,
    );
    expect(second.output()).not.toMatch(/\n\s+at /); // one line, no stack trace
    // The first one is untouched and still serves.
    expect(lockPid(dir)).toBe(first.child.pid);
    const url = await listening(first);
    expect((await fetch(`${url}/ready`)).status).toBe(200);
    first.child.kill('SIGINT');
    expect(await first.exit).toBe(0);
  }, 180_000);

  it('takes over the lock of a process killed with SIGKILL, with the data intact', async () => {
    const killed = start();
    await listening(killed);
    killed.child.kill('SIGKILL');
    await killed.exit;
    expect(lockPid(dir)).toBe(killed.child.pid);

    const next = start();
    const url = await listening(next);
    expect(lockPid(dir)).toBe(next.child.pid);
    const res = await fetch(`${url}/v1/participants/${participantId}`, {
      headers: { authorization: `Bearer ${secretKey}` },
    });
    expect(res.status).toBe(200);
    next.child.kill('SIGTERM');
    expect(await next.exit).toBe(0);
  }, 180_000);

  it('cuts a request that outlasts the drain timeout and still exits 0', async () => {
    const registry = start('--drain-seconds', '1');
    const url = await listening(registry);
    const stuck = await open(url);
    stuck.socket.write(
      `POST /v1/participants HTTP/1.1\r\nHost: registry\r\nAuthorization: Bearer ${secretKey}\r\n` +
        'Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{',
    );
    await new Promise((r) => setTimeout(r, 300));
    const signalled = Date.now();
    registry.child.kill('SIGTERM');
    expect(await registry.exit).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(8_000);
    expect(await stuck.response).not.toMatch(/^HTTP\/1\.1 201/);
  }, 180_000);
});

describe.skipIf(!process.env.DATABASE_URL)('graceful shutdown of a registry on PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
  let secretKey = '';
  beforeAll(async () => {
    database = await createTestDatabase();
    const db = await openDatabase({ databaseUrl: database.url });
    try {
      await migrate(db);
      ({ secretKey } = await bootstrapOrganization(db, {
        role: 'ngo',
        name: 'Shutdown Test NGO',
        districtsServed: ['Kathmandu'],
        servicesOffered: [],
      }));
    } finally {
      await db.close();
    }
  }, 120_000);
  afterAll(async () => {
    await database?.drop();
  });

  it('finishes a slow request after SIGTERM, ends the pool and exits 0, the write kept', async () => {
    const registry = cli(['--port', '0'], database!.url);
    try {
      const url = await listening(registry);
      const id = await drainsASlowCreate(registry, url, secretKey);
      expect(await registry.exit).toBe(0);
      const db = await openDatabase({ databaseUrl: database!.url });
      try {
        expect(await db.query('select id from participants where id = $1', [id])).toHaveLength(1);
      } finally {
        await db.close();
      }
    } finally {
      stop(registry);
      await registry.exit;
    }
  }, 180_000);
});
reportPostgresNotRun('graceful shutdown of a registry');
