import { toBase64 as b64, fromBase64 as bytes } from './base64.js';
import type { StoredEntry } from './cipher.js';
import type { QueueStore } from './store.js';

/** The parts of `node:fs/promises` the file store uses. */
interface Fs {
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  readdir(path: string): Promise<string[]>;
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  writeFile(path: string, data: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: true }): Promise<void>;
}

/**
 * A store in a directory, for Node: one file per entry (`<id>.json`, written to a temporary file and
 * renamed, so a crash never leaves half an entry), and `quarantine/` for entries set aside. The files
 * hold ciphertext only; the key comes from the integrator ({@link importQueueKey}).
 *
 * @example
 * ```ts
 * const store = await createFileStore('/var/lib/field-app/queue');
 * ```
 */
export async function createFileStore(directory: string): Promise<QueueStore> {
  // Named at run time so that browser bundles of this entry never try to resolve a Node module.
  const specifier = 'node:fs/promises';
  const fs = (await import(/* @vite-ignore */ specifier)) as Fs;
  const aside = `${directory}/quarantine`;
  await fs.mkdir(aside, { recursive: true });
  const read = async (dir: string) => {
    const names = (await fs.readdir(dir)).filter((name) => name.endsWith('.json'));
    const entries = await Promise.all(
      names.map(async (name) => {
        const raw = JSON.parse(await fs.readFile(`${dir}/${name}`, 'utf8'));
        return { id: raw.id, seq: raw.seq, iv: bytes(raw.iv), data: bytes(raw.data) } as StoredEntry;
      }),
    );
    return entries.sort((a, b) => a.seq - b.seq);
  };
  const write = async (dir: string, entry: StoredEntry) => {
    const file = `${dir}/${fileName(entry.id)}`;
    const text = JSON.stringify({ id: entry.id, seq: entry.seq, iv: b64(entry.iv), data: b64(entry.data) });
    await fs.writeFile(`${file}.tmp`, text);
    await fs.rename(`${file}.tmp`, file);
  };
  return {
    list: () => read(directory),
    put: (entry) => write(directory, entry),
    delete: (id) => fs.rm(`${directory}/${fileName(id)}`, { force: true }),
    quarantine: async (entry) => {
      await write(aside, entry);
      await fs.rm(`${directory}/${fileName(entry.id)}`, { force: true });
    },
    quarantined: () => read(aside),
  };
}

/** Entry ids are the queue's own (`q_` and hex); anything else is refused rather than used as a path. */
function fileName(id: string): string {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) throw new RangeError('Not a queue entry id');
  return `${id}.json`;
}
