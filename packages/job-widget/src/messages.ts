/**
 * `@nayabato/job-widget/messages`: every message catalog of the job widget, without the elements (no DOM,
 * no Lit), for tools that list or check texts.
 *
 * @packageDocumentation
 */
export { jobBoardMessages } from './job-board/job-board.messages.js';
export { jobOfferEditorMessages } from './job-offer-editor/job-offer-editor.messages.js';
