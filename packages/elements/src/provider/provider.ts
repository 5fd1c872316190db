/**
 * `@nayabato/elements/provider`: registers `<nb-provider>` (safe to load twice, see `define`).
 *
 * @packageDocumentation
 */
import { define } from '../base/define.js';
import { NbProvider } from './provider.component.js';

export { NbProvider } from './provider.component.js';

define('nb-provider', NbProvider);

declare global {
  interface HTMLElementTagNameMap {
    'nb-provider': NbProvider;
  }
}
