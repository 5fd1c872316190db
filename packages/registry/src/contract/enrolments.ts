import { EnrolmentInputSchema, EnrolmentSchema } from '@nayabato/core';
import { named } from './registry.js';
import { pageOf } from './schemas.js';

/** An enrolment (core's schema). */
export const Enrolment = named(
  'Enrolment',
  EnrolmentSchema,
  'A participant’s enrolment in a training programme (by pseudonymous id), with attendance, completion and certification. Read by the training institution that recorded it and by the NGO whose referral it came from.',
);

/** The body that records or replaces an enrolment. */
export const EnrolmentInput = named(
  'EnrolmentInput',
  EnrolmentInputSchema,
  'An enrolment comes from a referral addressed to the caller, accepted (or in progress, or completed) and still covered by consent: `referralId` is required by the registry.',
);

/** A page of enrolments. */
export const EnrolmentPage = pageOf('EnrolmentPage', Enrolment);
