/**
 * `@nayabato/core`: the domain model, validation, Nepal reference data and indicators shared by the
 * registry, the client and the components. Pure TypeScript: no I/O, browser and Node alike.
 *
 * @packageDocumentation
 */
export * from './calendar/index.js';
export * from './errors/index.js';
export * from './geography/index.js';
export * from './i18n/index.js';
export * from './indicators/index.js';
export * from './livelihood/index.js';
export * from './model/index.js';
export * from './money/index.js';
export * from './validation/index.js';
