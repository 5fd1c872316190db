/**
 * `prepack` guard, run in a package directory after its build: fails the pack (exit 1) when a declared
 * entry point (exports, bin, types, main) would be missing from the tarball, instead of publishing a
 * package that installs but cannot be imported.
 *
 * ```sh
 * tsx ../../scripts/check-entry-points.ts
 * ```
 */
import { missingEntryPoints } from './entry-points.ts';

const dir = process.argv[2] ?? process.cwd();
const missing = missingEntryPoints(dir);
if (missing.length > 0) {
  console.error(`The tarball would lack these declared entry points (did the build run?):`);
  for (const file of missing) console.error(`  ${file}`);
  process.exit(1);
}
