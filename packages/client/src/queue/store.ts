import type { StoredEntry } from './cipher.js';

/**
 * Where the queue keeps its encrypted entries. The queue only ever hands it ciphertext; implement it
 * over any durable storage (a database row, a file, a mobile key-value store).
 *
 * @example
 * ```ts
 * const queue = await createQueue({ client, key, store: createMemoryStore() });
 * ```
 */
export interface QueueStore {
  /** Every entry, ordered by `seq`. */
  list(): Promise<StoredEntry[]>;
  /** Adds or replaces the entry with this id; durable when the promise resolves. */
  put(entry: StoredEntry): Promise<void>;
  /** Removes an entry (only after the registry confirmed it, or on an explicit discard). */
  delete(id: string): Promise<void>;
  /** Moves an entry aside (it failed its integrity check): out of `list`, into `quarantined`. */
  quarantine(entry: StoredEntry): Promise<void>;
  /** Entries moved aside. */
  quarantined(): Promise<StoredEntry[]>;
  /** Releases resources (a database connection). */
  close?(): Promise<void>;
}

/**
 * A store in memory: for tests and for processes that hand durability to someone else.
 *
 * @example
 * ```ts
 * const store = createMemoryStore();
 * ```
 */
export function createMemoryStore(): QueueStore {
  const entries = new Map<string, StoredEntry>();
  const aside = new Map<string, StoredEntry>();
  return {
    list: async () => [...entries.values()].sort((a, b) => a.seq - b.seq),
    put: async (entry) => {
      entries.set(entry.id, entry);
    },
    delete: async (id) => {
      entries.delete(id);
    },
    quarantine: async (entry) => {
      aside.set(entry.id, entry);
      entries.delete(entry.id);
    },
    quarantined: async () => [...aside.values()],
  };
}
