import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RETRAFFICKING_RISK_RULES } from './risk-rules.js';

const doc = readFileSync(fileURLToPath(new URL('../../../../docs/indicators.md', import.meta.url)), 'utf8');

describe('docs/indicators.md', () => {
  it('lists exactly the risk rules and weights the code applies', () => {
    const table = doc.slice(doc.indexOf('<!-- risk-rules'), doc.indexOf('<!-- /risk-rules -->'));
    const rows = [...table.matchAll(/^\| `(\w+)` \| (\d+) \|/gm)].map((m) => ({
      code: m[1],
      weight: Number(m[2]),
    }));
    expect(rows).toEqual(RETRAFFICKING_RISK_RULES.map((r) => ({ code: r.code, weight: r.weight })));
  });
});
