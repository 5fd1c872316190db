import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

/**
 * The export condition that points workspace tests at TypeScript sources. Its targets are never
 * published (only `dist` is), and consumers never set it, so it is not an entry point of the tarball.
 */
export const SOURCE_CONDITION = '@nayabato/source';

/** The fields of a `package.json` that name entry points. */
export interface PackageEntryFields {
  readonly main?: string;
  readonly module?: string;
  readonly types?: string;
  readonly typings?: string;
  readonly bin?: string | Readonly<Record<string, string>>;
  readonly exports?: unknown;
}

/** `./dist/index.js` and `dist/index.js` name the same file in a tarball. */
function normalize(target: string): string {
  return posix.normalize(target).replace(/^\.\//, '');
}

/** Every file an `exports` value points to, except under {@link SOURCE_CONDITION}. */
function exportTargets(value: unknown, out: Set<string>): void {
  if (typeof value === 'string') {
    // A subpath pattern (`./*`) names no single file; this project declares none.
    if (!value.includes('*')) out.add(normalize(value));
  } else if (Array.isArray(value)) {
    for (const item of value) exportTargets(item, out);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) if (key !== SOURCE_CONDITION) exportTargets(item, out);
  }
}

/**
 * The files a package declares as entry points: `exports` (every condition but the workspace's source
 * condition), `bin`, `types`/`typings`, `main` and `module`, relative to the package root.
 *
 * @example
 * ```ts
 * declaredEntryPoints({ bin: { app: './dist/cli.js' } }); // ['dist/cli.js']
 * ```
 */
export function declaredEntryPoints(pkg: PackageEntryFields): string[] {
  const out = new Set<string>();
  for (const field of [pkg.main, pkg.module, pkg.types, pkg.typings]) if (field) out.add(normalize(field));
  if (typeof pkg.bin === 'string') out.add(normalize(pkg.bin));
  else if (pkg.bin) for (const target of Object.values(pkg.bin)) out.add(normalize(target));
  exportTargets(pkg.exports, out);
  return [...out].sort();
}

/**
 * The files `npm pack` would put into the tarball of the package in `dir`, as npm decides them
 * (`files`, `.npmignore`, the files always included). Scripts are not run, so this is safe in `prepack`.
 */
export function packedFiles(dir: string): string[] {
  const json = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [result] = JSON.parse(json) as [{ files: { path: string }[] }];
  return result.files.map((f) => normalize(f.path));
}

/**
 * The declared entry points of the package in `dir` that its tarball would lack.
 *
 * @example
 * ```ts
 * const missing = missingEntryPoints('packages/core'); // [] once built
 * ```
 */
export function missingEntryPoints(dir: string): string[] {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageEntryFields;
  const packed = new Set(packedFiles(dir));
  return declaredEntryPoints(pkg).filter((file) => !packed.has(file));
}
