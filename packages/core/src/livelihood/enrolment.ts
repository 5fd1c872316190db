import * as z from 'zod/mini';
import { defineEnum, type EnumValue } from '../i18n/enumeration.js';
import {
  type FieldSensitivity,
  FreeTextSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  idSchema,
  ShortTextSchema,
} from '../model/index.js';
import { rule } from './rules.js';

/**
 * Where a participant's enrolment in a training programme stands.
 *
 * @example
 * ```ts
 * EnrolmentStatus.label('dropped_out', 'ne'); // 'बीचमा छाडेको'
 * ```
 */
export const EnrolmentStatus = defineEnum('enrolment.status', {
  enrolled: { en: 'Enrolled', ne: 'भर्ना भएको' },
  attending: { en: 'Attending', ne: 'सहभागी भइरहेको' },
  completed: { en: 'Completed', ne: 'पूरा गरेको' },
  dropped_out: { en: 'Dropped out', ne: 'बीचमा छाडेको' },
  withdrawn: { en: 'Withdrawn by the provider', ne: 'प्रदायकले हटाएको' },
});
/** One of the {@link EnrolmentStatus} values. */
export type EnrolmentStatusValue = EnumValue<typeof EnrolmentStatus>;

/**
 * Whether a certificate was awarded.
 *
 * @example
 * ```ts
 * CertificationStatus.label('certified', 'en'); // 'Certified'
 * ```
 */
export const CertificationStatus = defineEnum('enrolment.certification-status', {
  not_applicable: { en: 'No certificate offered', ne: 'प्रमाणपत्र नदिइने' },
  pending: { en: 'Pending assessment', ne: 'मूल्याङ्कन बाँकी' },
  certified: { en: 'Certified', ne: 'प्रमाणित' },
  not_certified: { en: 'Not certified', ne: 'प्रमाणित नभएको' },
});
/** One of the {@link CertificationStatus} values. */
export type CertificationStatusValue = EnumValue<typeof CertificationStatus>;

/**
 * Why a participant left a programme early. Kept coarse on purpose: details go in `notes`.
 *
 * @example
 * ```ts
 * DropoutReason.label('found_work', 'en'); // 'Found work'
 * ```
 */
export const DropoutReason = defineEnum('enrolment.dropout-reason', {
  found_work: { en: 'Found work', ne: 'काम पाएको' },
  family: { en: 'Family reasons', ne: 'पारिवारिक कारण' },
  health: { en: 'Health', ne: 'स्वास्थ्य' },
  relocated: { en: 'Moved away', ne: 'अन्यत्र सरेको' },
  lost_contact: { en: 'Lost contact', ne: 'सम्पर्क टुटेको' },
  other: { en: 'Other', ne: 'अन्य' },
});
/** One of the {@link DropoutReason} values. */
export type DropoutReasonValue = EnumValue<typeof DropoutReason>;

/**
 * Attendance so far, as the training institution records it.
 *
 * @example
 * ```ts
 * AttendanceSchema.parse({ hoursAttended: 120, sessionsAttended: 40, lastAttendedOn: '2026-03-02' });
 * ```
 */
export const AttendanceSchema = z.strictObject({
  hoursAttended: z.number().check(z.int(), z.minimum(0), z.maximum(5000)),
  sessionsAttended: z.number().check(z.int(), z.minimum(0), z.maximum(2000)),
  lastAttendedOn: z.optional(IsoDateSchema),
});
/** Attendance of one enrolment. */
export type Attendance = z.infer<typeof AttendanceSchema>;

/**
 * The certificate of one enrolment.
 *
 * @example
 * ```ts
 * CertificationSchema.parse({ status: 'certified', certifiedOn: '2026-04-01', certifyingBody: 'Skill board' });
 * ```
 */
export const CertificationSchema = z
  .strictObject({
    status: CertificationStatus.schema,
    certifiedOn: z.optional(IsoDateSchema),
    certifyingBody: z.optional(ShortTextSchema),
    /** The certificate's number: it identifies the holder, so it is sensitive. */
    certificateNumber: z.optional(ShortTextSchema),
  })
  .check(
    rule<{ status: string; certifiedOn?: string | undefined }>(
      'certified_without_date',
      ['certifiedOn'],
      (c) => c.status !== 'certified' || c.certifiedOn !== undefined,
    ),
  );
/** The certificate of one enrolment. */
export type Certification = z.infer<typeof CertificationSchema>;

const fields = {
  programmeId: idSchema('trainingProgramme'),
  participantId: idSchema('participant'),
  /** The referral that led to this enrolment, for the closed loop. */
  referralId: z.optional(idSchema('referral')),
  enrolledOn: IsoDateSchema,
  status: EnrolmentStatus.schema,
  attendance: AttendanceSchema,
  completedOn: z.optional(IsoDateSchema),
  certification: CertificationSchema,
  dropoutReason: z.optional(DropoutReason.schema),
  notes: z.optional(FreeTextSchema),
};

type EnrolmentDates = { status: string; enrolledOn: string; completedOn?: string | undefined };
const enrolmentRules = [
  rule<EnrolmentDates>(
    'completed_without_date',
    ['completedOn'],
    (e) => e.status !== 'completed' || !!e.completedOn,
  ),
  rule<EnrolmentDates>(
    'end_before_start',
    ['completedOn'],
    (e) => !e.completedOn || e.completedOn >= e.enrolledOn,
  ),
] as const;

/**
 * A stored enrolment of a participant (by pseudonymous id) in a training programme, with attendance,
 * completion and certification.
 *
 * @example
 * ```ts
 * const enrolment = EnrolmentSchema.parse(record);
 * ```
 */
export const EnrolmentSchema = z
  .strictObject({
    id: idSchema('enrolment'),
    organizationId: idSchema('organization'),
    ...fields,
    createdAt: IsoDateTimeSchema,
    updatedAt: IsoDateTimeSchema,
  })
  .check(...enrolmentRules);
/** A stored enrolment. */
export type Enrolment = z.infer<typeof EnrolmentSchema>;

/**
 * What a client sends to create an enrolment (no `id`, `organizationId`, `createdAt`, `updatedAt`).
 *
 * @example
 * ```ts
 * const result = validate(EnrolmentInputSchema, body);
 * ```
 */
export const EnrolmentInputSchema = z.strictObject(fields).check(...enrolmentRules);
/** The input to create an enrolment. */
export type EnrolmentInput = z.infer<typeof EnrolmentInputSchema>;

/**
 * The sensitivity of every field of an enrolment.
 *
 * @example
 * ```ts
 * redact(enrolment, enrolmentFieldSensitivity, 'internal'); // no participant id, no notes
 * ```
 */
export const enrolmentFieldSensitivity: FieldSensitivity<Enrolment> = Object.freeze({
  id: 'internal',
  organizationId: 'internal',
  programmeId: 'internal',
  participantId: 'sensitive',
  referralId: 'internal',
  enrolledOn: 'internal',
  status: 'internal',
  attendance: 'internal',
  completedOn: 'internal',
  certification: 'sensitive',
  dropoutReason: 'sensitive',
  notes: 'free_text',
  createdAt: 'internal',
  updatedAt: 'internal',
});

/**
 * The share of a programme's hours the participant attended, from 0 to 1 (capped at 1).
 *
 * @example
 * ```ts
 * attendanceRate({ attendance: { hoursAttended: 90, sessionsAttended: 30 } }, { totalHours: 120 }); // 0.75
 * ```
 */
export function attendanceRate(
  enrolment: Pick<Enrolment, 'attendance'>,
  programme: { readonly totalHours: number },
): number {
  if (programme.totalHours <= 0) return 0;
  return Math.min(1, enrolment.attendance.hoursAttended / programme.totalHours);
}
