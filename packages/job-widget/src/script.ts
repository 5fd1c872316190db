/**
 * `@nayabato/job-widget/script`: what `dist/job-widget.js` (the one-tag script) registers, every element of
 * the package. Safe to load twice, and beside `@nayabato/elements` from npm: registration goes through the
 * base's `define`, which leaves a tag that is already registered alone.
 *
 * @example
 * ```html
 * <script src="/assets/job-widget.js" defer></script>
 * <nb-job-board organization="org_…" publishable-key="pk_live_…" registry="https://registry.example.org"></nb-job-board>
 * ```
 *
 * @packageDocumentation
 */
// `export *`, not bare imports: bundlers drop a bare import of a module the package's `sideEffects`
// does not name (it names the dist files only).
export * from './job-board/job-board.js';
export * from './job-offer-editor/job-offer-editor.js';
