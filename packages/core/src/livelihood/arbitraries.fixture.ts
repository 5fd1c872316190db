/**
 * fast-check arbitraries of valid synthetic livelihood records, for the tests beside this file.
 * Not exported from the package.
 */
import fc from 'fast-check';
import { DISTRICT_NAMES } from '../geography/index.js';
import { ID_PREFIXES, type IdKind } from '../model/index.js';
import { CertificationStatus, DropoutReason, EnrolmentStatus } from './enrolment.js';
import { EnterpriseStatus } from './enterprise.js';
import { EmploymentType, JobOfferStatus } from './job-offer-enums.js';
import { PlacementEndReason } from './placement.js';
import { RETENTION_MONTHS, RetentionStatus } from './retention.js';
import { StoryItem } from './story.js';
import { TradeCode } from './trade.js';
import { TrainingProgrammeStatus } from './training-programme.js';

const DAY = 86_400_000;
const MIN = Date.UTC(2015, 0, 1);
const MAX = Date.UTC(2035, 11, 31);

export const id = (kind: IdKind) =>
  fc
    .string({
      unit: fc.constantFrom(...'0123456789abcdefghijklmnopqrstuvwxyz'),
      minLength: 10,
      maxLength: 32,
    })
    .map((body) => `${ID_PREFIXES[kind]}_${body}`);

export const isoDate = fc
  .integer({ min: MIN / DAY, max: MAX / DAY })
  .map((d) => new Date(d * DAY).toISOString().slice(0, 10));
export const isoDateTime = fc.integer({ min: MIN, max: MAX }).map((ms) => new Date(ms).toISOString());
/** Two ISO dates in order. */
export const datePair = fc
  .tuple(isoDate, isoDate)
  .map(([a, b]): [string, string] => (a <= b ? [a, b] : [b, a]));

const textUnit = fc.constantFrom(...'abcdefghij klmnopqrstuvwxyz ABC 0123 ,.-क ख ग म न ा ि'.split(''));
export const shortText = fc
  .string({ unit: textUnit, minLength: 1, maxLength: 60 })
  .map((s) => s.trim())
  .filter((s) => s.length > 0);
export const freeText = fc
  .string({ unit: textUnit, minLength: 1, maxLength: 300 })
  .filter((s) => /\S/.test(s));
export const npr = fc.integer({ min: 0, max: 500_000 });
export const district = fc.constantFrom(...DISTRICT_NAMES);
export const trade = fc.oneof(
  fc.constantFrom(...TradeCode.values),
  fc
    .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 3 })
    .map((parts) => `other:${parts.join('-')}`),
);
const code = (prefix: string) =>
  fc.stringMatching(/^[0-9A-HJKMNP-TV-Z]{8}$/).map((s) => `${prefix}-${s.slice(0, 4)}-${s.slice(4)}`);
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
/** Drops keys whose value is `undefined`, as JSON would. */
const clean = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
const stamps = fc.tuple(isoDateTime, isoDateTime).map(([a, b]) => (a <= b ? [a, b] : [b, a]));

export const trainingProgramme = fc
  .record({
    id: id('trainingProgramme'),
    organizationId: id('organization'),
    title: shortText,
    trade,
    description: opt(freeText),
    providerOrganizationId: id('organization'),
    district,
    dates: datePair,
    totalHours: fc.integer({ min: 1, max: 5000 }),
    capacity: opt(fc.integer({ min: 1, max: 10_000 })),
    certificationOffered: fc.boolean(),
    certifyingBody: opt(shortText),
    funders: fc.array(fc.record({ name: shortText, organizationId: opt(id('organization')) }).map(clean), {
      maxLength: 3,
    }),
    status: fc.constantFrom(...TrainingProgrammeStatus.values),
    published: fc.boolean(),
    stamps,
  })
  .map(({ dates, stamps: [createdAt, updatedAt], ...r }) =>
    clean({ ...r, startDate: dates[0], endDate: dates[1], createdAt, updatedAt }),
  );

export const enrolment = fc
  .record({
    id: id('enrolment'),
    organizationId: id('organization'),
    programmeId: id('trainingProgramme'),
    participantId: id('participant'),
    referralId: opt(id('referral')),
    dates: datePair,
    status: fc.constantFrom(...EnrolmentStatus.values),
    attendance: fc
      .record({
        hoursAttended: fc.integer({ min: 0, max: 5000 }),
        sessionsAttended: fc.integer({ min: 0, max: 2000 }),
        lastAttendedOn: opt(isoDate),
      })
      .map(clean),
    hasCompletion: fc.boolean(),
    certification: fc
      .record({
        status: fc.constantFrom(...CertificationStatus.values),
        certifiedOn: isoDate,
        certifyingBody: opt(shortText),
        certificateNumber: opt(shortText),
      })
      .map(({ certifiedOn, ...c }) =>
        clean({ ...c, certifiedOn: c.status === 'certified' ? certifiedOn : undefined }),
      ),
    dropoutReason: opt(fc.constantFrom(...DropoutReason.values)),
    notes: opt(freeText),
    stamps,
  })
  .map(({ dates, hasCompletion, stamps: [createdAt, updatedAt], ...r }) =>
    clean({
      ...r,
      enrolledOn: dates[0],
      completedOn: r.status === 'completed' || hasCompletion ? dates[1] : undefined,
      createdAt,
      updatedAt,
    }),
  );

export const jobOffer = fc
  .record({
    id: id('jobOffer'),
    organizationId: id('organization'),
    title: shortText,
    description: freeText,
    trade,
    skills: fc.array(shortText, { maxLength: 5 }),
    district,
    locality: opt(shortText),
    employmentType: fc.constantFrom(...EmploymentType.values),
    wages: fc.tuple(npr, npr),
    openings: fc.integer({ min: 1, max: 10_000 }),
    trainingProvided: fc.boolean(),
    accommodationProvided: fc.boolean(),
    transportProvided: fc.boolean(),
    dates: opt(datePair),
    validOnly: opt(isoDate),
    status: fc.constantFrom(...JobOfferStatus.values),
    stamps,
  })
  .map(({ wages: [a, b], dates, validOnly, stamps: [createdAt, updatedAt], ...r }) =>
    clean({
      ...r,
      wage: { minMonthlyNpr: Math.min(a, b), maxMonthlyNpr: Math.max(a, b) },
      postedOn: dates?.[0],
      validThrough: dates ? dates[1] : validOnly,
      createdAt,
      updatedAt,
    }),
  );

const checkpoint = (month: (typeof RETENTION_MONTHS)[number]) =>
  fc
    .record({ dueOn: isoDate, status: fc.constantFrom(...RetentionStatus.values), confirmedAt: isoDateTime })
    .map(({ confirmedAt, ...c }) =>
      clean({ month, ...c, confirmedAt: c.status === 'pending' ? undefined : confirmedAt }),
    );

export const placement = fc
  .record({
    id: id('placement'),
    organizationId: id('organization'),
    placementCode: code('PLC'),
    participantId: id('participant'),
    jobOfferId: id('jobOffer'),
    introductionConsentId: opt(id('consent')),
    dates: datePair,
    ended: fc.boolean(),
    monthlyWageNpr: npr,
    endReason: fc.constantFrom(...PlacementEndReason.values),
    endNotes: opt(freeText),
    retention: fc.subarray([...RETENTION_MONTHS]).chain((months) => fc.tuple(...months.map(checkpoint))),
    stamps,
  })
  .map(({ dates, ended, endReason, stamps: [createdAt, updatedAt], ...r }) =>
    clean({
      ...r,
      startDate: dates[0],
      endedOn: ended ? dates[1] : undefined,
      endReason: ended ? endReason : undefined,
      createdAt,
      updatedAt,
    }),
  );

export const enterprise = fc
  .record({
    id: id('enterprise'),
    organizationId: id('organization'),
    enterpriseCode: code('ENT'),
    participantId: id('participant'),
    trade,
    district,
    startDate: isoDate,
    status: fc.constantFrom(...EnterpriseStatus.values),
    seedSupport: opt(
      fc
        .record({
          grantNpr: npr,
          inKind: fc.array(
            fc
              .record({ item: shortText, quantity: fc.integer({ min: 1, max: 100 }), valueNpr: opt(npr) })
              .map(clean),
            { maxLength: 3 },
          ),
          providedOn: opt(isoDate),
          funderOrganizationId: opt(id('organization')),
        })
        .map(clean),
    ),
    marketLinkages: fc.uniqueArray(
      fc
        .record({ buyerOrganizationId: id('organization'), since: isoDate, product: opt(shortText) })
        .map(clean),
      { maxLength: 3, selector: (m) => m.buyerOrganizationId },
    ),
    monthlyRecords: fc.uniqueArray(
      fc.record({
        month: isoDate.map((d) => d.slice(0, 7)),
        revenueNpr: npr,
        profitNpr: fc.integer({ min: -100_000, max: 100_000 }),
      }),
      { maxLength: 12, selector: (m) => m.month },
    ),
    notes: opt(freeText),
    stamps,
  })
  .map(({ stamps: [createdAt, updatedAt], ...r }) => clean({ ...r, createdAt, updatedAt }));

const score = opt(fc.integer({ min: 1, max: 5 }));
export const followUp = fc
  .record({
    id: id('followUp'),
    organizationId: id('organization'),
    participantId: id('participant'),
    date: isoDate,
    monthlyIncomeNpr: npr,
    livingIndependently: fc.boolean(),
    reintegratedWithFamily: fc.boolean(),
    supportingFamily: fc.boolean(),
    inShelter: fc.boolean(),
    economicScore: score,
    socialScore: score,
    psychosocialScore: score,
    notes: opt(freeText),
    stamps,
  })
  .map(({ stamps: [createdAt, updatedAt], ...r }) =>
    clean({ ...r, livingIndependently: r.livingIndependently && !r.inShelter, createdAt, updatedAt }),
  );

export const story = fc
  .record({
    id: id('story'),
    organizationId: id('organization'),
    participantId: id('participant'),
    text: freeText,
    photoRef: opt(fc.stringMatching(/^photos\/[a-z0-9]{4,12}\/[0-9]{1,3}\.jpg$/)),
    alias: opt(shortText),
    district: opt(district),
    publication: opt(fc.record({ consentId: id('consent'), items: fc.subarray([...StoryItem.values]) })),
    stamps,
  })
  .map(({ stamps: [createdAt, updatedAt], ...r }) => clean({ ...r, createdAt, updatedAt }));
