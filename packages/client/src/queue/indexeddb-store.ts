import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { generateQueueKey, type StoredEntry } from './cipher.js';
import type { QueueStore } from './store.js';

/** The queue database's object stores (`entries`, `quarantine`, `keys`), as `idb` types them. */
export interface QueueDb extends DBSchema {
  /** Encrypted entries by id, indexed by `seq`. */
  entries: { key: string; value: StoredEntry; indexes: { seq: number } };
  /** Entries set aside after failing their integrity check. */
  quarantine: { key: string; value: StoredEntry };
  /** The non-extractable queue key (under `queue`). */
  keys: { key: string; value: CryptoKey };
}

/** A browser store and the key that encrypts it. */
export interface IndexedDbQueue {
  /** The store to give to `createQueue`. */
  readonly store: QueueStore;
  /** The database's non-extractable key (created on first use, then kept in the database itself). */
  readonly key: CryptoKey;
  /** The open database, e.g. for tests that inspect what is stored. */
  readonly db: IDBPDatabase<QueueDb>;
}

/**
 * Opens (or creates) the queue's IndexedDB database through `idb`. The AES-GCM key is generated once,
 * non-extractable, and kept in the same database as an opaque CryptoKey: script on the page can use it
 * but nobody can read it out, and clearing the site's data destroys key and queue together.
 *
 * @example
 * ```ts
 * const { store, key } = await openIndexedDbQueue();
 * const queue = await createQueue({ client, store, key });
 * ```
 */
export async function openIndexedDbQueue(name = 'nayabato-queue'): Promise<IndexedDbQueue> {
  const db = await openDB<QueueDb>(name, 1, {
    upgrade(upgrading) {
      upgrading.createObjectStore('entries', { keyPath: 'id' }).createIndex('seq', 'seq');
      upgrading.createObjectStore('quarantine', { keyPath: 'id' });
      upgrading.createObjectStore('keys');
    },
  });
  let key = await db.get('keys', 'queue');
  if (!key) {
    const created = await generateQueueKey();
    // Another tab may have created one meanwhile: `add` fails then, and its key is used.
    key = await db.add('keys', created, 'queue').then(
      () => created,
      async () => (await db.get('keys', 'queue')) as CryptoKey,
    );
  }
  const store: QueueStore = {
    list: () => db.getAllFromIndex('entries', 'seq'),
    put: async (entry) => {
      await db.put('entries', entry);
    },
    delete: (id) => db.delete('entries', id),
    quarantine: async (entry) => {
      const tx = db.transaction(['entries', 'quarantine'], 'readwrite');
      await Promise.all([
        tx.objectStore('quarantine').put(entry),
        tx.objectStore('entries').delete(entry.id),
        tx.done,
      ]);
    },
    quarantined: () => db.getAll('quarantine'),
    close: async () => db.close(),
  };
  return { store, key, db };
}
