import { ID_PREFIXES, type IdKind } from '../model/index.js';
import type { Random } from './random.js';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Deterministic ids and pseudonymous codes for the synthetic programme. Internal. */
export interface IdFactory {
  /** A new id of a kind, e.g. `pt_` and 16 base-36 characters from the seeded generator. */
  id(kind: IdKind): string;
  /** A new pseudonymous code such as `PLC-7KQ2-M9XD`, unique within the programme. */
  code(prefix: 'PLC' | 'ENT'): string;
}

/** Creates an id factory drawing from `rng`. */
export function createIds(rng: Random): IdFactory {
  const codes = new Set<string>();
  return {
    id: (kind) => `${ID_PREFIXES[kind]}_${rng.idBody()}`,
    code: (prefix) => {
      for (;;) {
        let body = '';
        for (let i = 0; i < 8; i++) body += CROCKFORD[rng.int(0, 31)];
        const code = `${prefix}-${body.slice(0, 4)}-${body.slice(4)}`;
        // 40 bits: collisions are rare but possible over 100,000 placements, and the registry requires uniqueness.
        if (!codes.has(code)) {
          codes.add(code);
          return code;
        }
      }
    },
  };
}
