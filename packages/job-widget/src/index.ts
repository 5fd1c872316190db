/**
 * `@nayabato/job-widget`: a company's open CSR job offers on its own careers page. Importing this entry
 * registers every element (`<nb-job-board>`, and the offer editor); import `@nayabato/job-widget/board` to
 * register one. Built on `@nayabato/elements/base` (language, theming, states), so it looks and behaves
 * like the other Naya Bato elements. One script tag instead of npm: `@nayabato/job-widget/script`
 * (`dist/job-widget.js`).
 *
 * @packageDocumentation
 */
export * from './job-board/job-board.js';
export * from './job-offer-editor/job-offer-editor.js';
