import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { declaredEntryPoints, missingEntryPoints } from './entry-points.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A throw-away package like ours: `dist` published, `src` reached only through the source condition. */
function fixturePackage(built: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'nayabato-entry-points-'));
  dirs.push(dir);
  const pkg = {
    name: 'entry-points-fixture',
    version: '1.0.0',
    type: 'module',
    bin: { fixture: './dist/cli.js' },
    exports: {
      '.': { '@nayabato/source': './src/index.ts', types: './dist/index.d.ts', default: './dist/index.js' },
      './extra': { types: './dist/extra.d.ts', default: './dist/extra/index.js' },
      './package.json': './package.json',
    },
    files: ['dist'],
  };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg));
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src/index.ts'), 'export {};\n');
  for (const file of built) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), 'export {};\n');
  }
  return dir;
}

describe('entry points of a tarball', () => {
  it('reads exports, bin, types and main, but not the workspace source condition', () => {
    expect(
      declaredEntryPoints({
        main: 'dist/index.js',
        types: './dist/index.d.ts',
        bin: './dist/cli.js',
        exports: { '.': { '@nayabato/source': './src/index.ts', import: ['./dist/index.js'] } },
      }),
    ).toEqual(['dist/cli.js', 'dist/index.d.ts', 'dist/index.js']);
  });

  it('names what an unbuilt package would lack, and nothing once it is built', () => {
    const all = ['dist/cli.js', 'dist/index.d.ts', 'dist/index.js', 'dist/extra.d.ts', 'dist/extra/index.js'];
    expect(missingEntryPoints(fixturePackage([]))).toEqual([...all].sort());
    expect(missingEntryPoints(fixturePackage(['dist/index.js', 'dist/index.d.ts']))).toEqual([
      'dist/cli.js',
      'dist/extra.d.ts',
      'dist/extra/index.js',
    ]);
    expect(missingEntryPoints(fixturePackage(all))).toEqual([]);
  });

  it('makes the prepack check, and with it the pack, fail on a missing entry point', () => {
    const dir = fixturePackage([
      'dist/index.js',
      'dist/index.d.ts',
      'dist/extra.d.ts',
      'dist/extra/index.js',
    ]);
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({
        ...JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')),
        scripts: {
          prepack: `${join(root, 'node_modules/.bin/tsx')} ${join(root, 'scripts/check-entry-points.ts')}`,
        },
      }),
    );
    let failure: { status: number; stdout: string; stderr: string } | undefined;
    try {
      execFileSync('pnpm', ['pack', '--pack-destination', dir], {
        cwd: dir,
        stdio: 'pipe',
        encoding: 'utf8',
      });
    } catch (error) {
      failure = error as { status: number; stdout: string; stderr: string };
    }
    expect(failure?.status).not.toBe(0);
    // pnpm passes the script's output on through its stdout or stderr, depending on the reporter.
    expect(`${failure?.stdout}${failure?.stderr}`).toContain('dist/cli.js');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tgz'))).toEqual([]);
  });
});
