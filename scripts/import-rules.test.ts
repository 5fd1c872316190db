import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The one-way import rules (`noRestrictedImports` overrides in biome.json, run by `pnpm lint` in CI),
 * proved on probe files: each is written into a restricted (or allowed) place of the repository, linted
 * with Biome exactly as CI lints, and removed.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');
const written: string[] = [];
const madeDirs: string[] = [];

// Imports sorted as Biome's organizeImports wants them, so that the rule under test is the only finding.
const PROBES = {
  registry: "import { startRegistry } from '@nayabato/registry';\n\nexport const probe = startRegistry;\n",
  client: "import { createClient } from '@nayabato/client';\n\nexport const probe = createClient;\n",
  hono: "import { Hono } from 'hono';\n\nexport const probe = Hono;\n",
  node: "import { readFileSync } from 'node:fs';\n\nexport const probe = readFileSync;\n",
} as const;

/** Writes `source` to a uniquely named file in `folder` and lints it; returns Biome's exit code and output. */
function lint(folder: string, source: string, suffix = '.ts') {
  const dir = join(root, folder);
  // A folder the probe had to create goes again afterwards (packages/elements/test, say).
  if (!existsSync(dir)) madeDirs.push(dir);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `import-probe-${randomUUID().slice(0, 8)}${suffix}`);
  writeFileSync(file, source);
  written.push(file);
  const run = spawnSync(process.execPath, [biome, 'lint', '--colors=off', file], {
    cwd: root,
    encoding: 'utf8',
  });
  rmSync(file);
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

afterAll(() => {
  for (const file of written) rmSync(file, { force: true });
  for (const dir of madeDirs) rmSync(dir, { recursive: true, force: true });
});

describe('import rules', () => {
  it.each([
    ['core source imports the client', 'packages/core/src', PROBES.client, '.ts', 'Core imports no other'],
    ['core source imports hono', 'packages/core/src', PROBES.hono, '.ts', 'no HTTP framework'],
    ['core source imports a Node built-in', 'packages/core/src', PROBES.node, '.ts', 'no Node built-ins'],
    [
      'a core test imports the registry',
      'packages/core/src',
      PROBES.registry,
      '.test.ts',
      'Core imports no other',
    ],
    [
      'elements source imports the registry',
      'packages/elements/src',
      PROBES.registry,
      '.ts',
      'never imports the registry',
    ],
    [
      'an elements browser test imports the registry',
      'packages/elements/src',
      PROBES.registry,
      '.browser.test.ts',
      'never imports the registry',
    ],
    [
      'client source imports the registry',
      'packages/client/src',
      PROBES.registry,
      '.ts',
      'never imports the registry',
    ],
  ])('refuse: %s', (_name, folder, source, suffix, message) => {
    const { code, output } = lint(folder, source, suffix);
    expect(code).not.toBe(0);
    expect(output).toContain('lint/style/noRestrictedImports');
    expect(output).toContain(message);
  });

  it.each([
    ['a core test reads a file with node:fs', 'packages/core/src', PROBES.node, '.test.ts'],
    ['core bench uses node:fs', 'packages/core/bench', PROBES.node, '.ts'],
    ['a client test starts the registry', 'packages/client/src', PROBES.registry, '.test.ts'],
    ['the client contract suite starts the registry', 'packages/client/test', PROBES.registry, '.ts'],
    ['client bench starts the registry', 'packages/client/bench', PROBES.registry, '.ts'],
    ['elements source imports the client', 'packages/elements/src', PROBES.client, '.ts'],
    [
      'the elements test set-up (test/) starts the registry',
      'packages/elements/test',
      PROBES.registry,
      '.ts',
    ],
  ])('allow: %s', (_name, folder, source, suffix) => {
    const { code, output } = lint(folder, source, suffix);
    expect(output).not.toContain('noRestrictedImports');
    expect(code).toBe(0);
  });

  it('refuse the registry in the browser components, before those packages exist', () => {
    for (const pkg of ['packages/elements', 'packages/job-widget']) {
      const existed = existsSync(join(root, pkg));
      if (!existed) madeDirs.push(join(root, pkg));
      const { code, output } = lint(`${pkg}/src`, PROBES.registry);
      expect(code).not.toBe(0);
      expect(output).toContain('never imports the registry');
      if (!existed) rmSync(join(root, pkg), { recursive: true, force: true });
    }
  });
});
