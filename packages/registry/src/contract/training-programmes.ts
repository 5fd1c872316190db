import { TrainingProgrammeInputSchema, TrainingProgrammeSchema } from '@nayabato/core';
import { named } from './registry.js';
import { pageOf } from './schemas.js';

/** A training programme (core's schema): a course, no participant data. */
export const TrainingProgramme = named(
  'TrainingProgramme',
  TrainingProgrammeSchema,
  'A training programme: a course in one trade run by a training institution. It holds no participant data; every partner reads the published ones, the recording institution all of its own.',
);

/** The body that records or replaces a training programme. */
export const TrainingProgrammeInput = named('TrainingProgrammeInput', TrainingProgrammeInputSchema);

/** A page of training programmes. */
export const TrainingProgrammePage = pageOf('TrainingProgrammePage', TrainingProgramme);
