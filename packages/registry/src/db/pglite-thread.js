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
import { PGlite } from '@electric-sql/pglite';

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
 * @param {any} message
 * @returns {Promise<{ value?: unknown, transfer?: ArrayBuffer[] }>}
 */
async function handle(message) {
  const target = message.tx === undefined ? pg : transactions.get(message.tx)?.tx;
  switch (message.op) {
    case 'query': {
      if (!target) throw new Error('The transaction has ended.');
      const result = await target.query(message.sql, message.params);
      return { value: result.rows };
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
