/**
 * `@nayabato/elements/quick-exit`: registers `<nb-quick-exit>` (safe to load twice, see `define`).
 *
 * @packageDocumentation
 */
import { define } from '../base/define.js';
import { NbQuickExit, type QuickExitEvent } from './quick-exit.component.js';

export {
  ESCAPE_WINDOW_MS,
  NbQuickExit,
  type QuickExitDetail,
  type QuickExitEvent,
} from './quick-exit.component.js';
export { quickExitMessages } from './quick-exit.messages.js';

define('nb-quick-exit', NbQuickExit);

declare global {
  interface HTMLElementTagNameMap {
    'nb-quick-exit': NbQuickExit;
  }
  interface HTMLElementEventMap {
    'nb-exit': QuickExitEvent;
  }
}
