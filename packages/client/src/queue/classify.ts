import { NayaBatoError } from '../errors/nayabato-error.js';
import type { QueueFailure } from './types.js';

/**
 * Sorts a failed send: `undefined` means transient (network, timeout, 5xx, 429, 401: keep the item
 * queued and retry later with the same key); otherwise the failure to keep on the item until a person
 * corrects, retries or discards it. Nothing is ever dropped here.
 *
 * @example
 * ```ts
 * classifyFailure(error)?.kind; // 'validation' | 'conflict' | 'rejected' | undefined
 * ```
 */
export function classifyFailure(error: unknown): QueueFailure | undefined {
  if (!(error instanceof NayaBatoError)) return undefined;
  const base = { code: error.code, status: error.status, requestId: error.requestId };
  switch (error.kind) {
    case 'validation': {
      const issues = (error as { issues?: readonly { pointer: string; code: string }[] }).issues ?? [];
      return {
        kind: 'validation',
        ...base,
        issues: issues.map((i) => ({ pointer: i.pointer, code: i.code })),
      };
    }
    case 'conflict':
      return { kind: 'conflict', ...base };
    case 'permission':
    case 'not_found':
      return { kind: 'rejected', ...base };
    case 'api':
      if (error.status === 412) return { kind: 'conflict', ...base };
      return error.status !== undefined && error.status >= 400 && error.status < 500
        ? { kind: 'rejected', ...base }
        : undefined;
    default:
      return undefined;
  }
}
