/**
 * AES-GCM encryption of queue entries under a non-extractable CryptoKey (WebCrypto, in browsers and
 * Node). Every write takes a fresh random 96-bit IV; the entry's id and sequence are the additional
 * authenticated data, so an entry copied over another (or renumbered) fails to decrypt.
 */

/** What a store keeps of one entry: only the id and sequence are readable. */
export interface StoredEntry {
  /** The queue's id of the entry. */
  readonly id: string;
  /** Its place in the queue. */
  readonly seq: number;
  /** 12 random bytes. */
  readonly iv: Uint8Array<ArrayBuffer>;
  /** AES-GCM ciphertext with its tag. */
  readonly data: Uint8Array<ArrayBuffer>;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The additional authenticated data binding a ciphertext to its entry. */
const aad = (id: string, seq: number) => encoder.encode(`nayabato-queue:v1:${id}:${seq}`);

/**
 * Encrypts a JSON value as the entry `id`/`seq`.
 *
 * @example
 * ```ts
 * const entry = await sealEntry(key, 'q_1', 1, { body });
 * ```
 */
export async function sealEntry(
  key: CryptoKey,
  id: string,
  seq: number,
  value: unknown,
): Promise<StoredEntry> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = encoder.encode(JSON.stringify(value));
  const data = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad(id, seq) }, key, plain),
  );
  return { id, seq, iv, data };
}

/**
 * Decrypts an entry; rejects (with WebCrypto's `OperationError`) when it was changed, swapped or
 * encrypted under another key.
 *
 * @example
 * ```ts
 * const value = await openEntry(key, entry);
 * ```
 */
export async function openEntry<T>(key: CryptoKey, entry: StoredEntry): Promise<T> {
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: entry.iv, additionalData: aad(entry.id, entry.seq) },
    key,
    entry.data,
  );
  return JSON.parse(decoder.decode(plain)) as T;
}

/**
 * A new random AES-GCM 256 key that cannot be exported: script can use it but never read it. In
 * browsers the IndexedDB store keeps it (a CryptoKey is stored as an opaque object).
 *
 * @example
 * ```ts
 * const key = await generateQueueKey();
 * ```
 */
export function generateQueueKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]) as Promise<CryptoKey>;
}

/**
 * Imports 32 raw bytes (e.g. from the integrator's secret manager, in Node) as a non-extractable queue key.
 *
 * @example
 * ```ts
 * const key = await importQueueKey(Buffer.from(process.env.QUEUE_KEY!, 'base64'));
 * ```
 */
export function importQueueKey(raw: Uint8Array): Promise<CryptoKey> {
  if (raw.byteLength !== 32) throw new RangeError('A queue key is 32 bytes (AES-256)');
  return crypto.subtle.importKey('raw', new Uint8Array(raw), { name: 'AES-GCM' }, false, [
    'encrypt',
    'decrypt',
  ]);
}
