import { NayaBatoError, type NayaBatoErrorInit } from './nayabato-error.js';

/**
 * An offline-queue entry failed its integrity check (AES-GCM authentication): it was changed, swapped
 * with another entry, or encrypted under another key. The queue never sends it and never deletes it: it
 * is moved aside (`queue.snapshot().quarantined`) for someone to look at.
 *
 * @example
 * ```ts
 * queue.on('tampered', ({ error }) => { if (error instanceof QueueTamperedError) alert(error.entryId); });
 * ```
 */
export class QueueTamperedError extends NayaBatoError {
  /** The class name, kept through minification. */
  override readonly name = 'QueueTamperedError';
  readonly kind = 'queue_tampered' as const;
  /** The id of the entry that was set aside. */
  readonly entryId: string;

  constructor(message: string, entryId: string, init: NayaBatoErrorInit = {}) {
    super(message, { code: 'queue_entry_tampered', ...init });
    this.entryId = entryId;
  }
}
