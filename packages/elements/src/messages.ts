/**
 * `@nayabato/elements/messages`: every message catalog of the elements, without the elements themselves
 * (no DOM, no Lit), for tools that list or check texts, such as the review list of Nepali texts.
 *
 * @packageDocumentation
 */
export { bsDateFieldMessages } from './base/bs-date-field.messages.js';
export { baseMessages } from './base/messages.js';
export { consentManagerMessages } from './consent-manager/consent-manager.messages.js';
export { impactStatsMessages } from './impact-stats/impact-stats.messages.js';
export { intakeFormMessages } from './intake-form/intake-form.messages.js';
export { livelihoodPlanMessages } from './livelihood-plan/livelihood-plan.messages.js';
export { needsAssessmentMessages } from './needs-assessment/needs-assessment.messages.js';
export { quickExitMessages } from './quick-exit/quick-exit.messages.js';
export { storyGalleryMessages } from './story-gallery/story-gallery.messages.js';
