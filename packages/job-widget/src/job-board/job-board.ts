/**
 * `@nayabato/job-widget/board`: registers `<nb-job-board>` (safe to load twice, see the elements' `define`).
 *
 * @packageDocumentation
 */
import { define } from '@nayabato/elements/base';
import { NbJobBoard } from './job-board.component.js';

export { type JobBoardFilters, type JobBoardOffer, NbJobBoard } from './job-board.component.js';
export { jobBoardMessages } from './job-board.messages.js';
export { JobPostingScripts, JSON_LD_ATTRIBUTE, TRUSTED_TYPES_POLICY } from './job-posting-scripts.js';

define('nb-job-board', NbJobBoard);

declare global {
  interface HTMLElementTagNameMap {
    'nb-job-board': NbJobBoard;
  }
}
