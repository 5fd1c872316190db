/**
 * `@nayabato/core/synthetic`: a deterministic, clearly synthetic programme for demos, tests and
 * benchmarks. Kept apart from the core entry so that apps that never need it do not bundle it.
 */

export { formatProgrammeSummary, programmeSummaryMessages } from './format-summary.js';
export { generateProgramme } from './generate.js';
export type { GenerateProgrammeOptions, SyntheticProgramme, SyntheticUser } from './programme.js';
export { createRandom, type Random } from './random.js';
export { RandomChoiceError, randomChoiceMessages } from './random-choice-error.js';
export {
  COMPLETE_CONSENT_CHECKS,
  SYNTHETIC_PARTICIPANT_INPUT,
  SYNTHETIC_SHARING_SCOPE,
  syntheticSharingConsent,
} from './sample-inputs.js';
export { type ProgrammeSummary, summariseProgramme } from './summary.js';
export { SyntheticOptionsError, syntheticOptionsMessages } from './synthetic-options-error.js';
