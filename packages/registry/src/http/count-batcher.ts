/**
 * Coalesces concurrent counts of one bucket into one database statement: while a statement for a bucket
 * is in flight, the requests that arrive for the same bucket wait and are then counted together by the
 * next one (`add n`), each getting its own place in the sequence. Every count is still written before its
 * request goes on, so the totals in the database are exact and shared by every process; only the number
 * of round trips drops, from one per request to about two per burst, and the one row of a busy key is
 * locked once per batch. (In-memory PGlite answers each statement before the next request is even read,
 * so there batches stay of one.)
 *
 * @example
 * ```ts
 * const batcher = new CountBatcher<Row>();
 * const { result, index, size } = await batcher.count('key_1', (n) => countRequest(db, 'key_1', n));
 * // this request is number `result.count - size + index + 1` in the window
 * ```
 */
export class CountBatcher<R> {
  readonly #queues = new Map<
    string,
    { running: boolean; waiting: ((slot: Slot<R>) => void)[]; fail: ((e: unknown) => void)[] }
  >();

  /** Counts one request in `bucket` with `run(n)` (which must add `n` and answer for all of them). */
  count(bucket: string, run: (n: number) => Promise<R>): Promise<Slot<R>> {
    let queue = this.#queues.get(bucket);
    if (!queue) {
      queue = { running: false, waiting: [], fail: [] };
      this.#queues.set(bucket, queue);
    }
    const q = queue;
    const slot = new Promise<Slot<R>>((resolve, reject) => {
      q.waiting.push(resolve);
      q.fail.push(reject);
    });
    if (!q.running) void this.#drain(bucket, q, run);
    return slot;
  }

  async #drain(
    bucket: string,
    q: { running: boolean; waiting: ((slot: Slot<R>) => void)[]; fail: ((e: unknown) => void)[] },
    run: (n: number) => Promise<R>,
  ): Promise<void> {
    q.running = true;
    while (q.waiting.length > 0) {
      const waiting = q.waiting.splice(0);
      const fail = q.fail.splice(0);
      try {
        const result = await run(waiting.length);
        for (const [index, resolve] of waiting.entries()) resolve({ result, index, size: waiting.length });
      } catch (error) {
        for (const reject of fail) reject(error);
      }
    }
    q.running = false;
    this.#queues.delete(bucket);
  }
}

/** One request's share of a coalesced count: the statement's answer, its place and the batch's size. */
export interface Slot<R> {
  readonly result: R;
  /** 0 for the first request of the batch. */
  readonly index: number;
  readonly size: number;
}
