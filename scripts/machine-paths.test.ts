import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findOutsideReferences, repositoryTextFiles } from './machine-paths.js';

/**
 * The repository stands on its own: no file may point at a path of the machine it was written on, or at
 * material kept beside the checkout. Sources are in the project's own `docs/` instead.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const fixture = 'scripts/fixtures/outside-references.txt';

/** Files that must contain such a path, each for a stated reason. */
const allowed = new Map<string, string>([[fixture, 'the fixture that proves the check catches a leak']]);

describe('no reference outside the repository', () => {
  it('catches machine paths and the shared folder in the fixture, and leaves URLs alone', () => {
    const found = findOutsideReferences(fixture, readFileSync(`${root}/${fixture}`, 'utf8'));
    // Spelled in parts, so that this file passes its own check.
    const dir = (name: string) => `/${name}/`;
    expect(found.map((f) => `${f.line}:${f.match}`)).toEqual([
      `1:${dir('work')}`,
      `1:${'shared'}/reference`,
      `2:${dir('tmp')}`,
      `2:C:${'\\'}Users${'\\'}`,
      `2:..${dir('shared').slice(0, -1)}`,
    ]);
  });

  it('finds none in any text file of the repository', () => {
    const files = repositoryTextFiles(root);
    expect(files.map((f) => f.file)).toContain('README.md');
    const found = files
      .filter((f) => !allowed.has(f.file))
      .flatMap((f) => findOutsideReferences(f.file, f.text))
      .map((f) => `${f.file}:${f.line}: ${f.match}`);
    expect(found, 'link to docs/ instead (see docs/reference-data.md)').toEqual([]);
  });
});
