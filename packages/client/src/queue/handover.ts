import { QueueTamperedError } from '../errors/queue-tampered-error.js';
import { fromBase64, toBase64 } from './base64.js';
import type { QueueItem } from './types.js';

/**
 * An encrypted copy of a queue, to hand its pending writes to another device (JSON-serialisable).
 * Encrypted with AES-GCM under a key derived from a passphrase (PBKDF2-SHA-256).
 */
export interface QueueExport {
  /** Marks the file as a queue export. */
  readonly format: 'nayabato-queue-export';
  /** The export format's version. */
  readonly version: 1;
  /** How the key is derived from the passphrase. */
  readonly kdf: {
    /** Always PBKDF2. */
    readonly name: 'PBKDF2';
    /** Always SHA-256. */
    readonly hash: 'SHA-256';
    /** PBKDF2 iterations. */
    readonly iterations: number;
    /** Random salt, base64. */
    readonly salt: string;
  };
  /** AES-GCM IV, base64. */
  readonly iv: string;
  /** The items, encrypted (AES-GCM ciphertext and tag), base64. */
  readonly data: string;
}

const AAD = new TextEncoder().encode('nayabato-queue-export:v1');

async function derive(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/**
 * Encrypts items for hand-over. Idempotency keys travel with them, so the receiving device's resend of
 * a write this device already sent is recognised by the registry when sent with the same credential.
 *
 * @example
 * ```ts
 * const file = await sealExport(items, 'correct horse battery staple');
 * ```
 */
export async function sealExport(
  items: readonly QueueItem[],
  passphrase: string,
  iterations = 600_000,
): Promise<QueueExport> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await derive(passphrase, salt, iterations);
  const plain = new TextEncoder().encode(JSON.stringify(items));
  const data = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: AAD }, key, plain),
  );
  return {
    format: 'nayabato-queue-export',
    version: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    iv: toBase64(iv),
    data: toBase64(data),
  };
}

/**
 * Decrypts an export.
 *
 * @throws QueueTamperedError when the passphrase is wrong or the file was changed
 * @example
 * ```ts
 * const items = await openExport(file, passphrase);
 * ```
 */
export async function openExport(file: QueueExport, passphrase: string): Promise<QueueItem[]> {
  if (file.format !== 'nayabato-queue-export' || file.version !== 1)
    throw new RangeError('Not a queue export');
  const key = await derive(passphrase, fromBase64(file.kdf.salt), file.kdf.iterations);
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(file.iv), additionalData: AAD },
      key,
      fromBase64(file.data),
    );
    return JSON.parse(new TextDecoder().decode(plain)) as QueueItem[];
  } catch (error) {
    throw new QueueTamperedError(
      'The queue export could not be decrypted (wrong passphrase, or changed)',
      'export',
      {
        cause: error,
      },
    );
  }
}
