import { provide } from '@lit/context';
import { createClient, type NayaBatoClient } from '@nayabato/client';
import { html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { clientContext } from '../base/context.js';
import { VERSION } from '../base/version.js';
import { providerStyles } from './provider.styles.js';

/**
 * Shares one registry client with every Naya Bato element inside it, so a page with several components
 * makes one client (one set of retries, one token cache). Give it a client (`client` property), or the
 * registry's address and a publishable key (`registry`, `publishable-key`) and it makes one. A secret key
 * (`sk_…`) is refused: it must never reach a browser.
 *
 * @customElement nb-provider
 * @attr registry - the registry's base URL, e.g. `https://registry.example.org`
 * @attr publishable-key - a publishable key (`pk_…`) for the public reads
 * @slot - the components that use the client
 *
 * @example
 * ```html
 * <nb-provider registry="https://registry.example.org" publishable-key="pk_live_…">
 *   <nb-quick-exit href="https://www.example.com/"></nb-quick-exit>
 * </nb-provider>
 * ```
 */
export class NbProvider extends LitElement {
  /** The `@nayabato/elements` version this class was built from (compared by `define`). */
  static readonly nbVersion: string = VERSION;
  static override styles = providerStyles;

  /** The client shared with the elements inside; set it, or let `registry` and `publishable-key` make one. */
  @provide({ context: clientContext })
  @property({ attribute: false })
  client: NayaBatoClient | undefined;

  /** The registry's base URL, used with `publishable-key` when no `client` is given. */
  @property() registry = '';

  /** A publishable key (`pk_…`), used with `registry` when no `client` is given. */
  @property({ attribute: 'publishable-key' }) publishableKey = '';

  /** The client this element made from `registry` and `publishable-key` (never one it was given). */
  private made: NayaBatoClient | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('registry') && !changed.has('publishableKey')) return;
    // A client the integrator set wins over the attributes.
    if (this.client && this.client !== this.made) return;
    this.made = this.makeClient();
    this.client = this.made;
  }

  private makeClient(): NayaBatoClient | undefined {
    if (!this.registry || !this.publishableKey) return undefined;
    if (!this.publishableKey.startsWith('pk_')) {
      console.warn(
        '<nb-provider> takes a publishable key (pk_…) only; a secret key must never be in a page.',
      );
      return undefined;
    }
    return createClient({ baseUrl: this.registry, publishableKey: this.publishableKey });
  }

  override render() {
    return html`<slot></slot>`;
  }
}
