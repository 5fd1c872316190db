/**
 * The type of the chromium project's `staffToken` browser command (defined in the elements' test
 * commands, which run in Node) as this package's browser tests see it: the elements' declaration needs
 * Playwright's provider types, which this package's typecheck does not load.
 */
export interface StaffToken {
  readonly token: string;
  readonly organizationId: string;
  readonly userId: string;
  readonly registryUrl: string;
  /** The organisation's publishable key (not a secret). */
  readonly publishableKey: string;
}

declare module 'vitest/browser' {
  interface BrowserCommands {
    staffToken: (
      role: string,
      options?: { readonly index?: number; readonly permission?: string; readonly ttlSeconds?: number },
    ) => Promise<StaffToken>;
  }
}
