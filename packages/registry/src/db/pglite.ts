import { Worker } from 'node:worker_threads';
import { acquireDataDirLock } from './data-dir-lock.js';
import type { Database, Queryable } from './database.js';

/** A reply of the PGlite thread (`pglite-thread.js`). */
interface Reply {
  readonly id: number;
  readonly ok: boolean;
  readonly value?: unknown;
  readonly error?: Record<string, unknown>;
}

/** An error of the thread as an `Error` again, with PostgreSQL's fields (`code`, `detail`, ...). */
function toError(plain: Record<string, unknown> | undefined): Error {
  return Object.assign(new Error(String(plain?.message ?? 'PGlite failed')), plain);
}

/**
 * The worker thread that runs PGlite, and the calls waiting for it. The thread keeps the process alive
 * only while a call waits, like a socket with a request in flight.
 */
class PgliteThread {
  readonly #worker: Worker;
  readonly #pending = new Map<number, { resolve: (value: unknown) => void; reject: (e: Error) => void }>();
  #next = 1;
  #failure: Error | undefined;
  /** Resolves when PGlite has opened (the thread's message 0). */
  readonly ready: Promise<unknown>;

  constructor(workerData: { dataDir?: string; loadDataDir?: ArrayBuffer }) {
    this.#worker = new Worker(new URL('./pglite-thread.js', import.meta.url), {
      workerData,
      // The thread needs none of the process's flags, and some would stop it (`--input-type`, a loader).
      execArgv: [],
      ...(workerData.loadDataDir ? { transferList: [workerData.loadDataDir] } : {}),
    });
    this.ready = new Promise((resolve, reject) => this.#pending.set(0, { resolve, reject }));
    this.#worker.on('message', (reply: Reply) => {
      const waiting = this.#pending.get(reply.id);
      this.#pending.delete(reply.id);
      if (this.#pending.size === 0) this.#worker.unref();
      if (reply.ok) waiting?.resolve(reply.value);
      else waiting?.reject(toError(reply.error));
    });
    const fail = (error: Error) => {
      this.#failure ??= error;
      for (const waiting of this.#pending.values()) waiting.reject(this.#failure);
      this.#pending.clear();
    };
    this.#worker.on('error', fail);
    this.#worker.on('exit', (code) => fail(new Error(`PGlite's thread ended (exit code ${code}).`)));
  }

  /** Sends one operation to the thread and waits for its reply. */
  call<T>(message: Record<string, unknown>): Promise<T> {
    if (this.#failure) return Promise.reject(this.#failure);
    const id = this.#next++;
    if (this.#pending.size === 0) this.#worker.ref();
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.#worker.postMessage({ ...message, id });
    });
  }

  /** Ends the thread (after `close`, or when PGlite failed to open). */
  async terminate(): Promise<void> {
    await this.#worker.terminate();
  }
}

let nextTransaction = 1;

/**
 * Runs `fn` in a transaction that PGlite opens at its first statement. PGlite's one connection is held
 * from `BEGIN` to `COMMIT`, and a request's body is read and validated inside its transaction: opened
 * eagerly, every other request would wait for that too. A transaction that sends no statement opens none.
 */
async function lazyTransaction<T>(thread: PgliteThread, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  let opening: Promise<number> | undefined;
  const open = () =>
    (opening ??= (async () => {
      const tx = nextTransaction++;
      await thread.call({ op: 'begin', tx });
      return tx;
    })());
  const tx: Queryable = {
    query: async <R>(sql: string, params: readonly unknown[] = []) =>
      thread.call<R[]>({ op: 'query', sql, params, tx: await open() }),
    exec: async (sql: string) => {
      await thread.call({ op: 'exec', sql, tx: await open() });
    },
  };
  let result: T;
  try {
    result = await fn(tx);
  } catch (error) {
    const id = opening ? await opening.catch(() => undefined) : undefined;
    if (id !== undefined) await thread.call({ op: 'end', tx: id, commit: false }).catch(() => undefined);
    throw error;
  }
  if (opening) await thread.call({ op: 'end', tx: await opening, commit: true }); // COMMIT can fail
  return result;
}

/** Options of {@link openPglite}. */
export interface PgliteOptions {
  /**
   * A data directory snapshot (a tarball of `dumpDataDir('none')`) to start from instead of creating a
   * database from nothing: loading one takes about a third of the time of PGlite's initdb.
   */
  readonly loadDataDir?: Blob | undefined;
}

/** A PGlite database that can also write a snapshot of its data directory. */
export interface PgliteDatabase extends Database {
  /** The data directory as an uncompressed tarball, for {@link PgliteOptions.loadDataDir}. */
  dumpDataDir(): Promise<Blob>;
}

/**
 * Opens embedded PostgreSQL (PGlite, WebAssembly) in memory or in a data directory, optionally starting
 * from a snapshot. PGlite runs in a worker thread of its own (`pglite-thread.js`), so that its WebAssembly
 * does not hold the thread serving HTTP. PGlite has one connection: transactions are serialised by PGlite
 * itself, so a handler inside a transaction must only use the transaction's handle. A data directory is locked for this process
 * (see {@link acquireDataDirLock}); `close` checkpoints, closes PGlite and releases the lock.
 *
 * @throws {DataDirLockedError} when another live process holds `dataDir`
 *
 * @example
 * ```ts
 * const db = await openPglite(); // in memory
 * ```
 */
export async function openPglite(dataDir?: string, options: PgliteOptions = {}): Promise<PgliteDatabase> {
  const release = dataDir ? acquireDataDirLock(dataDir) : () => undefined;
  let thread: PgliteThread;
  try {
    thread = new PgliteThread({
      ...(dataDir ? { dataDir } : {}),
      ...(options.loadDataDir ? { loadDataDir: await options.loadDataDir.arrayBuffer() } : {}),
    });
    await thread.ready.catch(async (error) => {
      await thread.terminate();
      throw error;
    });
  } catch (error) {
    release();
    throw error;
  }
  let closing: Promise<void> | undefined;
  const close = async () => {
    try {
      await thread.call({ op: 'close' });
    } finally {
      await thread.terminate();
      release();
    }
  };
  return {
    engine: 'pglite',
    query: <T>(sql: string, params: readonly unknown[] = []) =>
      thread.call<T[]>({ op: 'query', sql, params }),
    exec: async (sql) => {
      await thread.call({ op: 'exec', sql });
    },
    transaction: (fn) => lazyTransaction(thread, fn),
    close: () => {
      closing ??= close();
      return closing;
    },
    // 'none': gzip hung in a trial on Node 20, and the tarball of the demo is small enough uncompressed.
    dumpDataDir: async () => new Blob([await thread.call<ArrayBuffer>({ op: 'dump' })]),
  };
}
