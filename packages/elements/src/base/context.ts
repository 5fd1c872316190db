import { createContext } from '@lit/context';
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
