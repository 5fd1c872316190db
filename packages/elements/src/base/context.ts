import { ContextRoot, createContext } from '@lit/context';
import type { NayaBatoClient } from '@nayabato/client';

/**
 * The registry connection shared by context: `<nb-provider>` provides it, every {@link NbElement} below it
 * consumes it (unless given its own `client` property). The key is a string, not a symbol, so that two
 * copies of the package on one page still find each other's provider.
 *
 * @example
 * ```ts
 * import { ContextProvider } from '@lit/context';
 * new ContextProvider(hostElement, { context: clientContext, initialValue: client });
 * ```
 */
export const clientContext = createContext<NayaBatoClient | undefined>('nayabato-client');

/** Marks a document whose context root is attached, shared by every copy of the package on the page. */
const ROOT_MARK = '__nayabatoContextRoot';

/**
 * Attaches one `ContextRoot` to the document (once, whatever copies of the package are on the page), so an
 * element that asked for the client before its `<nb-provider>` was defined still gets it when the provider
 * upgrades: the order in which a page or bundle registers the tags must not matter.
 *
 * @example
 * ```ts
 * attachContextRoot(element.ownerDocument); // NbElement does this before it first asks
 * ```
 */
export function attachContextRoot(document: Document): void {
  const marked = document as Document & { [ROOT_MARK]?: true };
  if (marked[ROOT_MARK]) return;
  marked[ROOT_MARK] = true;
  new ContextRoot().attach(document.documentElement);
}
