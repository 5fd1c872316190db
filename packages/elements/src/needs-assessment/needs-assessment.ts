/**
 * `@nayabato/elements/needs-assessment`: registers `<nb-needs-assessment>` (safe to load twice, see
 * `define`).
 *
 * @packageDocumentation
 */
import { define } from '../base/define.js';
import {
  type AssessmentSavedEvent,
  NbNeedsAssessment,
  type ReferralDraftedEvent,
} from './needs-assessment.component.js';

export {
  type AssessmentSavedDetail,
  type AssessmentSavedEvent,
  NbNeedsAssessment,
  type ReferralDraftedDetail,
  type ReferralDraftedEvent,
  referralReceivers,
} from './needs-assessment.component.js';
export { needsAssessmentMessages } from './needs-assessment.messages.js';

define('nb-needs-assessment', NbNeedsAssessment);

declare global {
  interface HTMLElementTagNameMap {
    'nb-needs-assessment': NbNeedsAssessment;
  }
  interface HTMLElementEventMap {
    'nb-assessment-saved': AssessmentSavedEvent;
    'nb-referral-drafted': ReferralDraftedEvent;
  }
}
