/**
 * `@nayabato/elements/livelihood-plan`: registers `<nb-livelihood-plan>` (safe to load twice, see
 * `define`).
 *
 * @packageDocumentation
 */
import { define } from '../base/define.js';
import { NbLivelihoodPlan, type PlanSavedEvent } from './livelihood-plan.component.js';

export {
  NbLivelihoodPlan,
  type PlanSavedDetail,
  type PlanSavedEvent,
} from './livelihood-plan.component.js';
export { livelihoodPlanMessages } from './livelihood-plan.messages.js';

define('nb-livelihood-plan', NbLivelihoodPlan);

declare global {
  interface HTMLElementTagNameMap {
    'nb-livelihood-plan': NbLivelihoodPlan;
  }
  interface HTMLElementEventMap {
    'nb-plan-saved': PlanSavedEvent;
  }
}
