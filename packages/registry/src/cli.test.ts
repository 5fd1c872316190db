import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { participantBody } from './registry.fixture.js';
import { bootstrapOrganization } from './seed/bootstrap.js';
import { startRegistry } from './server.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../..', import.meta.url));
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/** `nayabato-registry retention-sweep`, on an embedded database kept in a folder (PGlite). */
describe('nayabato-registry retention-sweep', () => {
  let dir = '';
  const ids: string[] = [];

  // A registry on a data directory: one case closed 100 days ago, one 5 days ago; then stopped.
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nayabato-retention-'));
    const registry = await startRegistry({ dataDir: dir, logger: () => undefined });
    try {
      const { secretKey } = await bootstrapOrganization(registry.db, {
        role: 'ngo',
        name: 'Retention Test NGO',
        districtsServed: ['Kathmandu'],
        servicesOffered: [],
      });
      const post = async (path: string, json: unknown) => {
        const res = await fetch(`${registry.url}${path}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${secretKey}`, 'content-type': 'application/json' },
          body: JSON.stringify(json),
        });
        expect(res.status).toBe(201);
        return (await res.json()) as { id: string };
      };
      for (const ended of [daysAgo(100), daysAgo(5)]) {
        const p = await post('/v1/participants', participantBody({ notes: 'Kept until the sweep' }));
        await post('/v1/livelihood-plans', {
          participantId: p.id,
          goals: [{ key: 'g1', area: 'livelihood', description: 'Work', status: 'achieved' }],
          actions: [],
          reviews: [],
          actualEndDate: ended,
        });
        ids.push(p.id);
      }
    } finally {
      await registry.close();
    }
  }, 120_000);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const cli = (...args: string[]) =>
    run('node_modules/.bin/tsx', ['--conditions=@nayabato/source', 'packages/registry/src/cli.ts', ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: '' },
    });

  it('refuses a sweep without a period', async () => {
    const error = await cli('retention-sweep', '--data-dir', dir).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(error).toMatchObject({ code: 2, stderr: expect.stringContaining('--days') });
  }, 60_000);

  it('anonymises the case closed longer ago than the period, once, and only it', async () => {
    const { stdout } = await cli('retention-sweep', '--days', '30', '--data-dir', dir);
    expect(JSON.parse(stdout)).toEqual({ anonymised: 1, retentionDays: 30 });
    const again = await cli('retention-sweep', '--days', '30', '--data-dir', dir);
    expect(JSON.parse(again.stdout)).toEqual({ anonymised: 0, retentionDays: 30 });
    const registry = await startRegistry({ dataDir: dir, logger: () => undefined });
    try {
      const rows = await registry.db.query<{ id: string; erasure: string | null; notes: string | null }>(
        "select id, erasure, data->>'notes' as notes from participants order by seq",
      );
      expect(rows).toEqual([
        { id: ids[0], erasure: 'retention', notes: null },
        { id: ids[1], erasure: null, notes: 'Kept until the sweep' },
      ]);
    } finally {
      await registry.close();
    }
  }, 120_000);
});
