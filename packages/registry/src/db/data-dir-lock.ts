import { linkSync, mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The lock file's name inside a PGlite data directory; it holds the holder's process id. */
export const DATA_DIR_LOCK_FILE = 'nayabato-registry.lock';

/** Thrown when another live process holds the data directory. */
export class DataDirLockedError extends Error {
  /** The holder's process id. */
  readonly pid: number;

  /** @param dataDir the directory; @param pid the live holder. */
  constructor(dataDir: string, pid: number) {
    super(
      `The data directory ${dataDir} is in use by another registry process (pid ${pid}). ` +
        `Stop that process first or use another data directory; if no registry runs on it, delete ` +
        `${join(dataDir, DATA_DIR_LOCK_FILE)}.`,
    );
    this.name = 'DataDirLockedError';
    this.pid = pid;
  }
}

// Lock files this process holds: a lock naming our own pid that we do not hold is stale (a container
// restarted with the same pid, often 1), not ours.
const held = new Set<string>();

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the lock of a PGlite data directory for this process, so that two processes never open one
 * directory (PGlite has no lock of its own, and two writers corrupt it). A lock left by a process that is
 * no longer alive (killed, crashed) is taken over. Returns the function that releases it.
 *
 * @throws {DataDirLockedError} when a live process (or this one, through another open) holds it
 * @example
 * ```ts
 * const release = acquireDataDirLock('./data');
 * // ... open PGlite, use it, close it ...
 * release();
 * ```
 */
export function acquireDataDirLock(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, DATA_DIR_LOCK_FILE);
  if (held.has(file)) throw new DataDirLockedError(dataDir, process.pid);
  for (let attempt = 0; ; attempt++) {
    try {
      // The pid is written to a file of our own, then hard-linked to the lock's name: the link fails if
      // the lock exists, so two starting processes cannot both succeed, and no one reads a lock half written.
      const mine = `${file}.${process.pid}`;
      writeFileSync(mine, `${process.pid}\n`);
      try {
        linkSync(mine, file);
      } finally {
        rmSync(mine, { force: true });
      }
      held.add(file);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        held.delete(file);
        try {
          if (readFileSync(file, 'utf8').trim() === String(process.pid)) unlinkSync(file);
        } catch {
          // Already gone: nothing to release.
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 3) throw error;
    }
    let pid = Number.NaN;
    try {
      pid = Number(readFileSync(file, 'utf8').trim());
    } catch {
      continue; // Removed meanwhile: try again.
    }
    if (alive(pid)) throw new DataDirLockedError(dataDir, pid);
    try {
      unlinkSync(file); // Stale: its holder is gone.
    } catch {
      // Another process took it over first; the next attempt sees its lock.
    }
  }
}
