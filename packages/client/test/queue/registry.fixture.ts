/**
 * A real registry for the queue's tests and bench: embedded PGlite, or PostgreSQL in a database of its
 * own (created, and dropped on close) when `DATABASE_URL` is set and `postgres` is asked for. The rate
 * limit is off: a thousand intakes are three thousand writes with one key in a few seconds.
 */
import { fileURLToPath } from 'node:url';
import { openDatabase, type RunningRegistry, startRegistry } from '@nayabato/registry';

/** Which database engine the registry runs on. */
export type Engine = 'pglite' | 'postgres';

/** The engines to test on: PGlite always, PostgreSQL when `DATABASE_URL` is set. */
export function engines(): Engine[] {
  return process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

/** A started registry with the demo seed, and a close that also drops its PostgreSQL database. */
export async function startQueueRegistry(engine: Engine): Promise<RunningRegistry> {
  let databaseUrl: string | undefined;
  let drop = async (): Promise<void> => undefined;
  if (engine === 'postgres') {
    const server = process.env.DATABASE_URL;
    if (!server) throw new Error('DATABASE_URL is unset');
    const name = `nb_queue_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = await openDatabase({ databaseUrl: server });
    await admin.query(`create database ${name}`);
    await admin.close();
    const url = new URL(server);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    drop = async () => {
      const again = await openDatabase({ databaseUrl: server });
      await again.query(`drop database if exists ${name} with (force)`);
      await again.close();
    };
  }
  const registry = await startRegistry({
    port: 0,
    seed: 'demo',
    // In-memory PGlite starts from the demo snapshot (ignored with a database URL).
    demoCacheDir: fileURLToPath(new URL('../../../../node_modules/.cache/nayabato', import.meta.url)),
    logger: () => undefined,
    settings: { rateLimitPerMinute: 0 },
    ...(databaseUrl ? { databaseUrl } : {}),
  });
  return {
    ...registry,
    url: registry.url,
    close: async () => {
      await registry.close();
      await drop();
    },
  };
}

/** The demo seed's first NGO (its secret key and id). */
export function ngoOf(registry: RunningRegistry): { id: string; secretKey: string } {
  const ngo = registry.demo?.organizations.find((o) => o.role === 'ngo');
  if (!ngo) throw new Error('The demo seed has no NGO');
  return ngo;
}
