/**
 * `@nayabato/elements/intake-form`: registers `<nb-intake-form>` (and `<nb-quick-exit>`, which it shows;
 * safe to load twice, see `define`). Its texts' catalog, both languages, is `intakeFormMessages` from
 * `@nayabato/elements/messages`: the element itself loads its Nepali texts only when Nepali is asked for.
 *
 * @packageDocumentation
 */
import { define } from '../base/define.js';
import { NbIntakeForm } from './intake-form.component.js';
import type {
  IntakeErrorEvent,
  IntakeQueuedEvent,
  IntakeSubmittedEvent,
  IntakeWipedEvent,
} from './intake-form.events.js';

export { NbIntakeForm } from './intake-form.component.js';
export type {
  IntakeErrorDetail,
  IntakeErrorEvent,
  IntakeQueuedDetail,
  IntakeQueuedEvent,
  IntakeSubmittedDetail,
  IntakeSubmittedEvent,
  IntakeWipedEvent,
} from './intake-form.events.js';
export { INTAKE_STEPS, type IntakeStep, type IntakeValues } from './intake-model.js';
export { INTAKE_QUEUE_DATABASE, type IntakeStatus } from './intake-sender.js';

define('nb-intake-form', NbIntakeForm);

declare global {
  interface HTMLElementTagNameMap {
    'nb-intake-form': NbIntakeForm;
  }
  interface HTMLElementEventMap {
    'nb-intake-queued': IntakeQueuedEvent;
    'nb-intake-submitted': IntakeSubmittedEvent;
    'nb-intake-error': IntakeErrorEvent;
    'nb-intake-wiped': IntakeWipedEvent;
  }
}
