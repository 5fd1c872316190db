import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One reference to something outside the repository, found in a file. */
export interface OutsideReference {
  /** The file, relative to the repository root. */
  readonly file: string;
  /** 1-based line number. */
  readonly line: number;
  /** What matched. */
  readonly match: string;
}

// Built from parts so that this file does not match itself. A machine path starts a path (nothing
// path-like before it), so `https://example.org/home/` is not one.
const roots = ['work', 'tmp', 'home', 'root', 'Users', 'mnt', 'var/folders', 'private/var'];
const machinePath = new RegExp(`(?<![\\w.~/-])/(?:${roots.join('|')})/`, 'g');
const windowsPath = new RegExp(`\\b[A-Z]:\\\\(?:Users|${'home'})\\\\`, 'g');
// The development machines keep material beside the checkout; it is not part of the project.
const sharedFolder = new RegExp(
  `(?:\\.\\./+shared\\b|(?<![\\w-])${'shared'}/(?:reference|roadmap|flows|toolchain)\\b)`,
  'g',
);
const patterns = [machinePath, windowsPath, sharedFolder];

/**
 * Every absolute machine path (a work, temporary, home or root folder, a Windows user folder, ...) and
 * every reference to the development machines' shared folder in `text`.
 *
 * @example
 * ```ts
 * findOutsideReferences('docs/x.md', 'see https://example.org/home/'); // [] (a URL, not a machine path)
 * ```
 */
export function findOutsideReferences(file: string, text: string): OutsideReference[] {
  const found: OutsideReference[] = [];
  text.split('\n').forEach((content, index) => {
    for (const pattern of patterns) {
      for (const m of content.matchAll(pattern)) found.push({ file, line: index + 1, match: m[0] });
    }
  });
  return found;
}

/**
 * The repository's text files: tracked ones and new ones git does not ignore, without binaries.
 *
 * @example
 * ```ts
 * repositoryTextFiles(root).includes('README.md'); // true
 * ```
 */
export function repositoryTextFiles(root: string): { file: string; text: string }[] {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  });
  const out: { file: string; text: string }[] = [];
  for (const file of new Set(listed.split('\0').filter(Boolean))) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(root, file));
    } catch {
      continue; // deleted in the work tree but not yet in the index
    }
    if (bytes.subarray(0, 8000).includes(0)) continue; // binary
    out.push({ file, text: bytes.toString('utf8') });
  }
  return out;
}
