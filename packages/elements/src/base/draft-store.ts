import { openEntry, sealEntry } from '@nayabato/client/queue';

/**
 * An encrypted store of form drafts in IndexedDB. Each draft is AES-GCM under a non-extractable CryptoKey
 * generated once and kept in the same database (script can use the key, nobody can read it out); the
 * cipher is the client queue's, so a draft is bound to its id and cannot be swapped for another. Only the
 * draft's id is stored readable: never a field value.
 *
 * @example
 * ```ts
 * const drafts = await openDraftStore();
 * await drafts.save('intake', { step: 1, values });
 * const restored = await drafts.load<{ step: number }>('intake');
 * drafts.close();
 * ```
 */
export interface DraftStore {
  /** Encrypts and stores `value` under `id`, replacing the draft before it. */
  save(id: string, value: unknown): Promise<void>;
  /** The draft under `id`, decrypted, or `undefined` (none, or one that fails to decrypt). */
  load<T>(id: string): Promise<T | undefined>;
  /** Removes the draft under `id`. */
  remove(id: string): Promise<void>;
  /** Closes the database (needed before it can be deleted). */
  close(): void;
}

/** The database name drafts live in by default. @default 'nayabato-drafts' */
export const DRAFT_DATABASE = 'nayabato-drafts';

interface SealedDraft {
  readonly id: string;
  readonly seq: number;
  readonly iv: Uint8Array<ArrayBuffer>;
  readonly data: Uint8Array<ArrayBuffer>;
}

const done = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

function openDatabase(name: string): Promise<IDBDatabase> {
  const request = indexedDB.open(name, 1);
  request.onupgradeneeded = () => {
    request.result.createObjectStore('drafts', { keyPath: 'id' });
    request.result.createObjectStore('keys');
  };
  return done(request);
}

async function draftKey(db: IDBDatabase): Promise<CryptoKey> {
  const existing = await done(db.transaction('keys').objectStore('keys').get('draft'));
  if (existing) return existing as CryptoKey;
  const created = (await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ])) as CryptoKey;
  // Another tab may have stored one meanwhile: `add` then fails and that key is used.
  try {
    await done(db.transaction('keys', 'readwrite').objectStore('keys').add(created, 'draft'));
    return created;
  } catch {
    return (await done(db.transaction('keys').objectStore('keys').get('draft'))) as CryptoKey;
  }
}

/**
 * Opens (or creates) the encrypted draft store.
 *
 * @param name - the IndexedDB database
 * @example
 * ```ts
 * const drafts = await openDraftStore('nayabato-drafts');
 * ```
 */
export async function openDraftStore(name: string = DRAFT_DATABASE): Promise<DraftStore> {
  const db = await openDatabase(name);
  // A wipe (here or in another tab) deletes the database: let it, rather than block it.
  db.onversionchange = () => db.close();
  const key = await draftKey(db);
  const drafts = (mode: IDBTransactionMode) => db.transaction('drafts', mode).objectStore('drafts');
  return {
    async save(id, value) {
      const sealed: SealedDraft = await sealEntry(key, `draft:${id}`, 0, value);
      await done(drafts('readwrite').put({ ...sealed, id }));
    },
    async load<T>(id: string) {
      const stored = (await done(drafts('readonly').get(id))) as SealedDraft | undefined;
      if (!stored) return undefined;
      try {
        return await openEntry<T>(key, { ...stored, id: `draft:${id}` });
      } catch {
        return undefined;
      }
    },
    async remove(id) {
      await done(drafts('readwrite').delete(id));
    },
    close: () => db.close(),
  };
}
