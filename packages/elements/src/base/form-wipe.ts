/**
 * Wipes what a form left on a shared device: the IndexedDB databases whose names start with `prefix`
 * (drafts, the offline queue and their keys), every entry of `localStorage` and `sessionStorage`, and the
 * Cache Storage caches whose names start with `prefix`. Close the databases first: a deletion waits for
 * open connections. Resolves when the deletions are done; the requests are issued at once, so a page that
 * is being left still has them carried out.
 *
 * @param prefix - the names of the databases and caches to delete
 * @param known - databases to delete at once, before listing the others (a page being left may not wait)
 * @example
 * ```ts
 * await wipeLocalState('nayabato-');
 * ```
 */
export async function wipeLocalState(prefix = 'nayabato-', known: readonly string[] = []): Promise<void> {
  // The storages of the origin, whole: on a shared device the next user must find nothing of this one.
  globalThis.localStorage?.clear();
  globalThis.sessionStorage?.clear();
  const deletions: Promise<unknown>[] = [];
  const remove = (name: string) =>
    deletions.push(
      new Promise<void>((resolve) => {
        const request = indexedDB.deleteDatabase(name);
        request.onsuccess = request.onerror = () => resolve();
      }),
    );
  if (globalThis.indexedDB) {
    for (const name of known) remove(name);
    const listed = (await indexedDB.databases()).map((d) => d.name ?? '');
    for (const name of listed) if (name.startsWith(prefix) && !known.includes(name)) remove(name);
  }
  if (globalThis.caches) {
    for (const name of await caches.keys()) if (name.startsWith(prefix)) deletions.push(caches.delete(name));
  }
  await Promise.all(deletions);
}
