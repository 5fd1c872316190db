/**
 * `@nayabato/elements/base`: what every Naya Bato element stands on. The base class {@link NbElement}
 * (language, formatting, registry connection), the safe {@link define}, typed events ({@link emit}), the
 * client context, theming {@link tokens}, and the shared states ({@link renderState}, {@link DataController}).
 * Importing it registers no element.
 *
 * @packageDocumentation
 */
export { clientContext } from './context.js';
export { DataController, type DataControllerOptions, type DataHost } from './data-controller.js';
export { type DefineOutcome, define, type VersionedElementConstructor } from './define.js';
export { defineElementMessages } from './element-messages.js';
export { emit, type NbEventDetail, type NbEventName } from './events.js';
export { type CalendarChoice, formatDate } from './format.js';
export { formatNumber } from './format-number.js';
export { LocaleController, type LocaleHost, localeOf } from './locale.js';
export { baseMessages } from './messages.js';
export { NbElement } from './nayabato-element.js';
export { type RenderStateOptions, renderState, stateOfError, stateStyles, type ViewState } from './states.js';
export { tokens } from './theme.js';
export { VERSION } from './version.js';
