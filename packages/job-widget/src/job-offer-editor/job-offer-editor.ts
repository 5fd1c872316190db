/**
 * `@nayabato/job-widget/editor`: registers `<nb-job-offer-editor>`, the HR editor of a company's job offers
 * (safe to load twice, see `define` in `@nayabato/elements/base`).
 *
 * @packageDocumentation
 */
import { define } from '@nayabato/elements/base';
import { NbJobOfferEditor } from './job-offer-editor.component.js';

export { NbJobOfferEditor } from './job-offer-editor.component.js';
export { jobOfferEditorMessages } from './job-offer-editor.messages.js';
export {
  byField,
  checkOfferForm,
  emptyOfferForm,
  fieldOfIssue,
  firstInvalidField,
  fromOffer,
  type IssuesByField,
  OFFER_FIELDS,
  type OfferField,
  type OfferForm,
  type OfferFormCheck,
  patchOf,
  toDraftInput,
} from './offer-form.js';

define('nb-job-offer-editor', NbJobOfferEditor);

/** The detail of `nb-offer-saved`: the offer's id only, and whether it was just created. */
export interface OfferSavedDetail {
  readonly id: string;
  readonly created: boolean;
}

/** The detail of `nb-offer-published`, `nb-offer-paused` and `nb-offer-closed`: the offer's id only. */
export interface OfferMovedDetail {
  readonly id: string;
}

declare global {
  interface HTMLElementTagNameMap {
    'nb-job-offer-editor': NbJobOfferEditor;
  }
  interface HTMLElementEventMap {
    'nb-offer-saved': CustomEvent<OfferSavedDetail>;
    'nb-offer-published': CustomEvent<OfferMovedDetail>;
    'nb-offer-paused': CustomEvent<OfferMovedDetail>;
    'nb-offer-closed': CustomEvent<OfferMovedDetail>;
  }
}
