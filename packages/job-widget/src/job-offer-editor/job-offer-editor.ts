/**
 * `@nayabato/job-widget/editor`: registers `<nb-job-offer-editor>` (being built on the `editor` branch;
 * this entry exists so the package's exports and script bundle already have its place).
 *
 * @packageDocumentation
 */
export {};
