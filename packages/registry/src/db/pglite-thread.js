// @ts-check
/**
 * The worker thread that runs embedded PostgreSQL (PGlite) for `pglite.ts`. PGlite is WebAssembly and runs
 * on the thread that calls it: on the main thread every query stalls every request for its duration, so
 * the registry keeps it here and the main thread only handles HTTP (decision 2026-12-07-pglite-thread).
 *
 * Plain JavaScript on purpose: a worker loads its file with Node's own loader, in the sources (tests) as
 * in `dist/`, where the build copies this file beside the bundle. Messages: `{ id, op, ... }` in, one
 * `{ id, ok, value }` or `{ id, ok: false, error }` out per message; errors travel as plain objects with
 * PostgreSQL's fields (`code`, `detail`, ...), which `pglite.ts` turns back into errors.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, parse, protocol } from '@electric-sql/pglite';

const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);

/** @param {unknown} error */
function plainError(error) {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  /** @type {Record<string, unknown>} */
  const plain = { name: error.name, message: error.message };
  for (const [key, value] of Object.entries(error)) {
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) plain[key] = value;
  }
  return plain;
}

/** Rolls a transaction back without an error of the caller's: `pglite.ts` already has that error. */
const ROLLBACK = Symbol('rollback');

/**
 * Open transactions by id: their handle, and how to end them.
 * @type {Map<number, { tx: import('@electric-sql/pglite').Transaction, end: (commit: boolean) => void, ended: Promise<unknown> }>}
 */
const transactions = new Map();

/** @type {PGlite} */
let pg;

/**
 * Named prepared statements, one per SQL text, as on PostgreSQL (`postgres.ts`): PGlite's `query` parses,
 * describes and plans every statement again, which was about 40% of its work per list request (decision
 * 2026-12-07-pglite-statements). Each name remembers its parameters' types, for serialising values the way
 * PGlite's `query` does. Texts come from code (values always travel as parameters), so there are few;
 * past {@link MAX_NAMED} the rest go through `query`.
 * @type {Map<string, { name: string, types: number[] }>}
 */
let statements = new Map();
let generation = 0;
/** Never reused within a generation, even for a text whose preparing failed half-way. */
let nextName = 0;
const MAX_NAMED = 2000;
/** PGlite's own `query` writes nothing to the file system between the protocol's messages either. */
const NO_SYNC = { syncToFs: false };

/**
 * Sends `messages` one at a time, then Sync whatever happened (after an error the server skips to it),
 * and answers every reply.
 * @param {Uint8Array[]} messages
 */
async function exchange(messages) {
  /** @type {Awaited<ReturnType<PGlite['execProtocolStream']>>} */
  const replies = [];
  try {
    for (const message of messages) replies.push(...(await pg.execProtocolStream(message, NO_SYNC)));
  } finally {
    replies.push(...(await pg.execProtocolStream(protocol.serialize.sync(), NO_SYNC)));
  }
  return replies;
}

/**
 * Runs `sql` as a named statement, prepared at its first run; inside transaction `inTransaction` or on
 * its own, under the same locks as PGlite's `query` and `tx.query`.
 * @param {string} sql
 * @param {unknown[]} params
 * @param {boolean} inTransaction
 */
async function runNamed(sql, params, inTransaction) {
  const run = () =>
    pg.runExclusive(async () => {
      let statement = statements.get(sql);
      if (!statement) {
        const name = `nb${generation}_${(nextName++).toString(36)}`;
        const replies = await exchange([
          protocol.serialize.parse({ name, text: sql }),
          protocol.serialize.describe({ type: 'S', name }),
        ]);
        statement = { name, types: parse.parseDescribeStatementResults(replies) };
        statements.set(sql, statement);
      }
      const { types } = statement;
      const values = params.map((value, i) => {
        if (value === null || value === undefined) return null;
        const serializer = pg.serializers[/** @type {number} */ (types[i])];
        return serializer ? serializer(value) : String(value);
      });
      const replies = await exchange([
        protocol.serialize.bind({ statement: statement.name, values }),
        protocol.serialize.describe({ type: 'P' }),
        protocol.serialize.execute({}),
      ]);
      // As PGlite's `query`: outside a transaction, what the statement wrote reaches the file system now.
      if (!inTransaction) await pg.syncToFs();
      return parse.parseResults(replies, pg.parsers)[0]?.rows ?? [];
    });
  return inTransaction ? run() : pg._runExclusiveTransaction(run);
}

/**
 * A statement prepared before a table changed (a migration) fails with "cached plan must not change
 * result type": every name is then replaced, and the statement prepared again.
 * @param {unknown} error
 */
function isStalePlan(error) {
  const e = /** @type {{ code?: unknown, message?: unknown } | null} */ (error);
  return e?.code === '0A000' && /cached plan must not change result type/.test(String(e.message));
}

/**
 * @param {string} sql
 * @param {unknown[]} params
 * @param {boolean} inTransaction
 */
async function query(sql, params, inTransaction) {
  try {
    return await runNamed(sql, params, inTransaction);
  } catch (error) {
    if (!isStalePlan(error)) throw error;
    generation++;
    nextName = 0;
    statements = new Map();
    // Inside a transaction, the transaction is already aborted: the caller's retry finds the new names.
    if (inTransaction) throw error;
    return runNamed(sql, params, false);
  }
}

/**
 * @param {any} message
 * @returns {Promise<{ value?: unknown, transfer?: ArrayBuffer[] }>}
 */
async function handle(message) {
  const target = message.tx === undefined ? pg : transactions.get(message.tx)?.tx;
  switch (message.op) {
    case 'query': {
      if (!target) throw new Error('The transaction has ended.');
      if (statements.size >= MAX_NAMED && !statements.has(message.sql)) {
        return { value: (await target.query(message.sql, message.params)).rows };
      }
      return { value: await query(message.sql, message.params, message.tx !== undefined) };
    }
    case 'exec': {
      if (!target) throw new Error('The transaction has ended.');
      await target.exec(message.sql);
      return {};
    }
    case 'begin': {
      // Resolves once PGlite has sent BEGIN and handed over the transaction; PGlite keeps its one
      // connection for it until `end`.
      return new Promise((resolve, reject) => {
        const ended = pg.transaction(
          (tx) =>
            new Promise((done, fail) => {
              transactions.set(message.tx, {
                tx,
                end: (commit) => (commit ? done(undefined) : fail(ROLLBACK)),
                ended,
              });
              resolve({});
            }),
        );
        ended.catch(reject);
      });
    }
    case 'end': {
      const open = transactions.get(message.tx);
      if (!open) return {};
      transactions.delete(message.tx);
      open.end(message.commit);
      try {
        await open.ended;
      } catch (error) {
        if (error !== ROLLBACK) throw error;
      }
      return {};
    }
    case 'dump': {
      const blob = await pg.dumpDataDir('none');
      const buffer = await blob.arrayBuffer();
      return { value: buffer, transfer: [buffer] };
    }
    case 'close': {
      // A checkpoint first, so that the directory needs no WAL replay at the next start; if it fails,
      // the WAL still makes the directory whole, so the close goes on.
      if (workerData.dataDir && !pg.closed) await pg.exec('CHECKPOINT').catch(() => undefined);
      if (!pg.closed) await pg.close();
      return {};
    }
    default:
      throw new Error(`Unknown operation ${message.op}`);
  }
}

try {
  pg = await PGlite.create({
    ...(workerData.dataDir ? { dataDir: workerData.dataDir } : {}),
    ...(workerData.loadDataDir ? { loadDataDir: new Blob([workerData.loadDataDir]) } : {}),
    // A new WAL segment is not filled with 16 MB of zeros first. In PGlite's in-memory file system,
    // growing a file that way copied it over and over: a stall of every request every few seconds under
    // load (p99 about 100 ms higher; decision 2026-12-07-pglite-statements). PostgreSQL only zero-fills to
    // reserve disk space early, which neither memory nor PGlite's unsynced data directory needs.
    startParams: [...PGlite.defaultStartParams, '-c', 'wal_init_zero=off'],
  });
  port.postMessage({ id: 0, ok: true });
} catch (error) {
  port.postMessage({ id: 0, ok: false, error: plainError(error) });
}

port.on('message', (message) => {
  handle(message).then(
    ({ value, transfer }) => port.postMessage({ id: message.id, ok: true, value }, transfer ?? []),
    (error) => port.postMessage({ id: message.id, ok: false, error: plainError(error) }),
  );
});
