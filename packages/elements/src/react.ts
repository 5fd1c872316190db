/**
 * `@nayabato/elements/react`: React 19 JSX types for the tags, nothing at run time. React 19 passes
 * properties and events to custom elements natively, so no wrapper is needed: import the elements as
 * usual and this module for the types.
 *
 * ```tsx
 * import '@nayabato/elements/quick-exit';
 * import type {} from '@nayabato/elements/react';
 *
 * <nb-quick-exit href="https://www.example.com/" onnb-exit={(event) => wipe(event.detail.trigger)} />
 * ```
 *
 * @packageDocumentation
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ConsentEvent, NbConsentManager } from './consent-manager/consent-manager.component.js';
import type { NbImpactStats } from './impact-stats/impact-stats.component.js';
import type { NbIntakeForm } from './intake-form/intake-form.component.js';
import type {
  IntakeErrorEvent,
  IntakeQueuedEvent,
  IntakeSubmittedEvent,
  IntakeWipedEvent,
} from './intake-form/intake-form.events.js';
import type { NbLivelihoodPlan, PlanSavedEvent } from './livelihood-plan/livelihood-plan.component.js';
import type {
  AssessmentSavedEvent,
  NbNeedsAssessment,
  ReferralDraftedEvent,
} from './needs-assessment/needs-assessment.component.js';
import type { NbProvider } from './provider/provider.component.js';
import type { NbQuickExit, QuickExitEvent } from './quick-exit/quick-exit.component.js';
import type { NbStoryGallery } from './story-gallery/story-gallery.component.js';

/**
 * The JSX props of a custom element `E`: React's HTML attributes, `ref`, and the element's own settable
 * properties `P` (React 19 sets them as properties).
 *
 * @example
 * ```ts
 * type Props = ElementProps<NbQuickExit, 'href' | 'lang'>;
 * ```
 */
export type ElementProps<E extends HTMLElement, P extends keyof E> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  Partial<Pick<E, P>> & { class?: string };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'nb-provider': ElementProps<NbProvider, 'client' | 'registry' | 'publishableKey'> & {
        'publishable-key'?: string;
      };
      'nb-quick-exit': ElementProps<NbQuickExit, 'href' | 'lang' | 'calendar' | 'client'> & {
        'onnb-exit'?: (event: QuickExitEvent) => void;
      };
      'nb-impact-stats': ElementProps<
        NbImpactStats,
        'organization' | 'from' | 'to' | 'lang' | 'calendar' | 'client' | 'by'
      >;
      'nb-story-gallery': ElementProps<NbStoryGallery, 'organization' | 'limit' | 'lang' | 'client'>;
      'nb-needs-assessment': ElementProps<
        NbNeedsAssessment,
        'participant' | 'lang' | 'calendar' | 'client'
      > & {
        'onnb-assessment-saved'?: (event: AssessmentSavedEvent) => void;
        'onnb-referral-drafted'?: (event: ReferralDraftedEvent) => void;
      };
      'nb-livelihood-plan': ElementProps<NbLivelihoodPlan, 'participant' | 'lang' | 'calendar' | 'client'> & {
        'onnb-plan-saved'?: (event: PlanSavedEvent) => void;
      };
      'nb-consent-manager': ElementProps<NbConsentManager, 'participant' | 'lang' | 'calendar' | 'client'> & {
        'onnb-consent-given'?: (event: ConsentEvent) => void;
        'onnb-consent-withdrawn'?: (event: ConsentEvent) => void;
      };
      'nb-intake-form': ElementProps<
        NbIntakeForm,
        'name' | 'draftId' | 'exitHref' | 'sharedDevice' | 'disabled' | 'lang' | 'calendar' | 'client'
      > & {
        'draft-id'?: string;
        'exit-href'?: string;
        'shared-device'?: boolean;
        'onnb-intake-queued'?: (event: IntakeQueuedEvent) => void;
        'onnb-intake-submitted'?: (event: IntakeSubmittedEvent) => void;
        'onnb-intake-error'?: (event: IntakeErrorEvent) => void;
        'onnb-intake-wiped'?: (event: IntakeWipedEvent) => void;
      };
    }
  }
}
