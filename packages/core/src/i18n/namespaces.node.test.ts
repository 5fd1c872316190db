import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as core from '../index.js';
import * as synthetic from '../synthetic/index.js';
import { allCatalogs } from './index.js';

const SRC = fileURLToPath(new URL('..', import.meta.url));
const CALL = /define(?:Messages|Enum)(?:<[^>]*>)?\(\s*'([^']+)'/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !/\.(test|fixture)\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Namespaces declared in code and in TSDoc examples, by file. */
function declarations() {
  const code: { namespace: string; file: string }[] = [];
  const examples: { namespace: string; file: string }[] = [];
  for (const file of sourceFiles(SRC)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const inComment = /^\s*(\*|\/\/|\/\*)/.test(line);
      for (const m of line.matchAll(CALL)) {
        const entry = { namespace: m[1] as string, file: file.slice(SRC.length) };
        (inComment ? examples : code).push(entry);
      }
    }
  }
  return { code, examples };
}

describe('catalog namespaces', () => {
  expect(core).toBeTruthy();
  expect(synthetic).toBeTruthy();
  const { code, examples } = declarations();

  it('finds the declarations', () => {
    expect(code.length).toBeGreaterThan(50);
  });

  it('are unique across the source: no two declarations share one', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const { namespace, file } of code) {
      const first = seen.get(namespace);
      if (first) duplicates.push(`${namespace}: ${first} and ${file}`);
      else seen.set(namespace, file);
    }
    expect(duplicates).toEqual([]);
  });

  it('are all registered once the barrels are imported, each by one catalog', () => {
    const registered = allCatalogs().map((c) => c.namespace);
    expect(new Set(registered).size).toBe(registered.length);
    expect(registered).toEqual(expect.arrayContaining(code.map((d) => d.namespace)));
  });

  it('in TSDoc examples are demo.* so that copying an example cannot clash with a real catalog', () => {
    expect(examples.length).toBeGreaterThan(0);
    expect(examples.filter((e) => !e.namespace.startsWith('demo.'))).toEqual([]);
  });
});
