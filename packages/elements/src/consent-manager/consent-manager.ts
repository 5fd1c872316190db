/**
 * `@nayabato/elements/consent-manager`: registers `<nb-consent-manager>` (safe to load twice, see `define`).
 *
 * @packageDocumentation
 */
import { define } from '../base/define.js';
import { type ConsentEvent, NbConsentManager } from './consent-manager.component.js';

export {
  type ConsentEvent,
  type ConsentEventDetail,
  type ConsentRecord,
  type ConsentStatus,
  consentStatus,
  NbConsentManager,
} from './consent-manager.component.js';
export { consentManagerMessages } from './consent-manager.messages.js';

define('nb-consent-manager', NbConsentManager);

declare global {
  interface HTMLElementTagNameMap {
    'nb-consent-manager': NbConsentManager;
  }
  interface HTMLElementEventMap {
    'nb-consent-given': ConsentEvent;
    'nb-consent-withdrawn': ConsentEvent;
  }
}
