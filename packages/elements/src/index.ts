/**
 * `@nayabato/elements`: web components for the Naya Bato registry, for any page, framework or none.
 * Importing this entry registers every element (`<nb-provider>`, `<nb-quick-exit>`, `<nb-impact-stats>`,
 * `<nb-story-gallery>`); import
 * `@nayabato/elements/quick-exit` (or `/provider`) to register one, and `@nayabato/elements/base` to build
 * your own on the same base. React 19 types of the tags: `import type {} from '@nayabato/elements/react'`.
 *
 * @packageDocumentation
 */
export * from './base/index.js';
export * from './consent-manager/consent-manager.js';
export * from './impact-stats/impact-stats.js';
export * from './intake-form/intake-form.js';
// Not exported by the intake form's own entry, which loads its Nepali texts only when asked for.
export { intakeFormMessages } from './intake-form/intake-form.messages.js';
export * from './livelihood-plan/livelihood-plan.js';
export * from './needs-assessment/needs-assessment.js';
export * from './provider/provider.js';
export * from './quick-exit/quick-exit.js';
export * from './story-gallery/story-gallery.js';
