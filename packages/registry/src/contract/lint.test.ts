/**
 * The committed contract through a maintained external linter, Redocly's `recommended` rules (the ones
 * integrators' tooling applies): no errors. Its warnings are listed exactly, so a new one is a decision.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { expect, it } from 'vitest';

const path = fileURLToPath(new URL('../../openapi.json', import.meta.url));

it('passes Redocly lint (recommended) with no error', async () => {
  const problems = await lintFromString({
    source: readFileSync(path, 'utf8'),
    absoluteRef: path,
    config: await createConfig({ extends: ['recommended'] }),
  });
  const found = problems.map((p) => `${p.severity} ${p.ruleId} ${p.location[0]?.pointer ?? ''}`);
  expect(found.filter((p) => p.startsWith('error'))).toEqual([]);
  // Warnings too: a new one is a decision to record here, not noise.
  expect(found).toEqual([]);
});

it('names its servers (relative: the registry serving it) and its licence', () => {
  const doc = JSON.parse(readFileSync(path, 'utf8'));
  expect(doc.servers).toEqual([{ url: '/', description: expect.any(String) }]);
  expect(doc.info.license).toEqual({ name: 'Apache-2.0', identifier: 'Apache-2.0' });
});
