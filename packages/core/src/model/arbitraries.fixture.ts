// fast-check arbitraries of valid model records, for tests only (not exported from the barrel).
import fc from 'fast-check';
import { DISTRICT_NAMES, type District } from '../geography/index.js';
import type { Enumeration } from '../i18n/enumeration.js';
import type { Consent } from './consent.js';
import { ConsentMethod, ConsentPurpose, ConsentScope, PublicationItem } from './consent.js';
import type { ExploitationHistory } from './exploitation.js';
import {
  ExploitationType,
  MethodOfControl,
  RecruitmentMethod,
  RelationshipToTrafficker,
} from './exploitation.js';
import { ID_PREFIXES, type IdKind } from './ids.js';
import type { LivelihoodPlan } from './livelihood-plan.js';
import { ActionStatus, GoalStatus, PlanProgress, SupportPlanType } from './livelihood-plan.js';
import type { NeedsAssessment } from './needs-assessment.js';
import { AssessmentDomain, NeedLevel } from './needs-assessment.js';
import type { Organization } from './organization.js';
import { OrganizationRole } from './organization.js';
import type { Participant } from './participant.js';
import { AgeBand, EducationLevel, Gender, Language, ShelterStatus } from './participant-enums.js';
import type { Referral } from './referral.js';
import { ReferralOutcome } from './referral.js';
import type { ServiceDelivery } from './service-delivery.js';
import { ServiceType } from './service-type.js';
import type { SupportRequest } from './support-request.js';
import { SupportRequestKind, SupportRequestStatus } from './support-request.js';

/** Removes keys whose value is undefined, as JSON would. */
export function clean<T extends object>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export const enumArb = <V extends string>(e: Enumeration<V>) => fc.constantFrom(...e.values);
export const setArb = <V extends string>(e: Enumeration<V>, min = 0, max = e.values.length) =>
  fc.uniqueArray(enumArb(e), { minLength: min, maxLength: max });
export const idArb = (kind: IdKind) =>
  fc
    .string({
      unit: fc.constantFrom(...'0123456789abcdefghijklmnopqrstuvwxyz'),
      minLength: 10,
      maxLength: 32,
    })
    .map((body) => `${ID_PREFIXES[kind]}_${body}`);
export const districtArb: fc.Arbitrary<District> = fc.constantFrom(...DISTRICT_NAMES);
const MIN = Date.UTC(2020, 0, 1);
const MAX = Date.UTC(2030, 11, 31);
export const instantArb = fc
  .integer({ min: MIN, max: MAX })
  .map((ms) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z'));
export const dateArb = fc
  .integer({ min: MIN, max: MAX })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));
// Free text, including Devanagari, never empty after trimming.
export const textArb = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 60 }),
    fc.constantFrom('सिलाइ तालिम', 'Wants to work in a hotel kitchen'),
  )
  .filter((s) => s.trim().length > 0)
  .map((s) => s.trim());
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const meta = (kind: IdKind) => fc.record({ id: idArb(kind), createdAt: instantArb, updatedAt: instantArb });

export const organizationArb: fc.Arbitrary<Organization> = fc
  .record({
    meta: meta('organization'),
    role: enumArb(OrganizationRole),
    name: fc.constantFrom('Example Shelter Nepal', 'Sample Skills Centre', 'Demo Hotels Pvt. Ltd.'),
    description: opt(textArb),
    email: opt(fc.constantFrom('info@example.org', 'contact@example.com')),
    url: opt(fc.constantFrom('https://example.org', 'http://example.com/about')),
    phone: opt(fc.constantFrom('+97714000000', '+9779800000000')),
    districtsServed: fc.uniqueArray(districtArb, { minLength: 1, maxLength: 5 }),
    servicesOffered: setArb(ServiceType),
  })
  .map(({ meta: m, ...rest }) => clean({ ...m, ...rest }));

export const exploitationArb: fc.Arbitrary<ExploitationHistory> = fc
  .record({
    types: setArb(ExploitationType, 1, 3),
    methodsOfControl: setArb(MethodOfControl, 0, 4),
    recruitmentMethods: setArb(RecruitmentMethod, 0, 2),
    relationshipToTrafficker: opt(enumArb(RelationshipToTrafficker)),
    ageWhenTrafficked: opt(fc.integer({ min: 8, max: 60 })),
    countriesOfExploitation: opt(fc.uniqueArray(fc.constantFrom('IN', 'MY', 'AE', 'QA'), { maxLength: 2 })),
  })
  .map(clean);

export const participantArb: fc.Arbitrary<Participant> = fc
  .record({
    meta: meta('participant'),
    organizationId: idArb('organization'),
    category: fc.constantFrom('survivor' as const, 'at_risk' as const),
    survivorStatus: fc.constantFrom('actual_victim' as const, 'possible_victim' as const),
    atRiskStatus: opt(fc.constantFrom('possible_victim' as const, 'not_a_victim' as const)),
    gender: enumArb(Gender),
    age: fc.oneof(
      fc.record({ birthYear: fc.integer({ min: 1950, max: 2020 }) }),
      fc.record({ ageBand: enumArb(AgeBand) }),
    ),
    originDistrict: districtArb,
    currentDistrict: districtArb,
    citizenship: fc.oneof(
      fc.record({ status: fc.constant('no' as const) }),
      fc.record({
        status: fc.constantFrom('yes' as const, 'in_process' as const),
        issuingDistrict: opt(districtArb),
      }),
    ),
    educationLevel: opt(enumArb(EducationLevel)),
    languages: fc.uniqueArray(fc.constantFrom(...Language.values, 'sat', 'raj'), {
      minLength: 1,
      maxLength: 4,
    }),
    dependants: opt(fc.integer({ min: 0, max: 30 })),
    shelterStatus: opt(enumArb(ShelterStatus)),
    exploitationHistory: opt(exploitationArb),
    notes: opt(textArb),
  })
  .map(({ meta: m, survivorStatus, atRiskStatus, age, citizenship, ...rest }) =>
    clean({
      ...m,
      ...rest,
      ...age,
      traffickingStatus: rest.category === 'survivor' ? survivorStatus : atRiskStatus,
      citizenshipCertificate: citizenship,
    }),
  );

export const consentArb: fc.Arbitrary<Consent> = fc
  .record({
    meta: meta('consent'),
    organizationId: idArb('organization'),
    participantId: idArb('participant'),
    purpose: enumArb(ConsentPurpose),
    recipient: idArb('organization'),
    withRecipient: fc.boolean(),
    items: setArb(PublicationItem, 1, 4),
    scope: setArb(ConsentScope, 1, 5),
    method: opt(enumArb(ConsentMethod)),
    givenAt: fc.integer({ min: MIN, max: MAX }),
    expiresAfter: opt(fc.integer({ min: 0, max: 400 * 86_400_000 })),
    withdrawnAfter: opt(fc.integer({ min: 0, max: 400 * 86_400_000 })),
    checks: fc.record({
      purposeExplained: fc.boolean(),
      useExplained: fc.boolean(),
      researchUseExplained: fc.boolean(),
      accessRightsExplained: fc.boolean(),
      retentionExplained: fc.boolean(),
      withdrawalExplained: fc.boolean(),
    }),
    override: opt(fc.record({ userId: idArb('user'), reason: textArb, at: instantArb })),
  })
  .map(
    ({ meta: m, recipient, withRecipient, items, scope, givenAt, expiresAfter, withdrawnAfter, ...rest }) => {
      const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString();
      return clean({
        ...m,
        ...rest,
        recipientOrganizationId:
          rest.purpose === 'sharing' || (rest.purpose === 'employer_introduction' && withRecipient)
            ? recipient
            : undefined,
        publicationItems: rest.purpose === 'publication' ? items : undefined,
        scope: rest.purpose === 'sharing' ? scope : undefined,
        givenAt: iso(givenAt),
        expiresAt: expiresAfter === undefined ? undefined : iso(givenAt + expiresAfter),
        withdrawnAt: withdrawnAfter === undefined ? undefined : iso(givenAt + withdrawnAfter),
      });
    },
  );

export const needsAssessmentArb: fc.Arbitrary<NeedsAssessment> = fc
  .record({
    meta: meta('needsAssessment'),
    organizationId: idArb('organization'),
    participantId: idArb('participant'),
    assessedOn: dateArb,
    assessedByUserId: opt(idArb('user')),
    domains: fc.uniqueArray(
      fc.record({
        domain: enumArb(AssessmentDomain),
        needLevel: enumArb(NeedLevel),
        strengths: opt(textArb),
        goals: opt(textArb),
      }),
      { minLength: 1, maxLength: 8, selector: (d) => d.domain },
    ),
    notes: opt(textArb),
  })
  .map(({ meta: m, ...rest }) => clean({ ...m, ...rest }));

export const livelihoodPlanArb: fc.Arbitrary<LivelihoodPlan> = fc
  .record({
    meta: meta('livelihoodPlan'),
    organizationId: idArb('organization'),
    participantId: idArb('participant'),
    needsAssessmentId: opt(idArb('needsAssessment')),
    goals: fc.uniqueArray(
      fc.record({
        key: fc.constantFrom('g1', 'g2', 'g3', 'tailoring', 'shop-2'),
        area: enumArb(SupportPlanType),
        description: textArb,
        targetDate: opt(dateArb),
        status: enumArb(GoalStatus),
      }),
      { minLength: 1, maxLength: 4, selector: (g) => g.key },
    ),
    actions: fc.array(
      fc.record({
        goalIndex: fc.nat(),
        description: textArb,
        serviceType: opt(enumArb(ServiceType)),
        responsibleOrganizationId: idArb('organization'),
        startDate: opt(fc.constant('2026-01-01')),
        dueDate: opt(dateArb.filter((d) => d >= '2026-01-01')),
        status: enumArb(ActionStatus),
        referralId: opt(idArb('referral')),
      }),
      { maxLength: 5 },
    ),
    participantAgreement: opt(fc.record({ agreedAt: instantArb, method: enumArb(ConsentMethod) })),
    reviews: fc.array(
      fc.record({
        reviewedOn: dateArb,
        followUpId: opt(idArb('followUp')),
        progress: enumArb(PlanProgress),
        notes: opt(textArb),
      }),
      { maxLength: 3 },
    ),
    plannedEndDate: opt(dateArb),
    actualEndDate: opt(dateArb),
  })
  .map(({ meta: m, actions, ...rest }) =>
    clean({
      ...m,
      ...rest,
      actions: actions.map(({ goalIndex, ...a }) => ({
        ...a,
        goalKey: rest.goals[goalIndex % rest.goals.length]?.key ?? 'g1',
      })),
    }),
  );

/** A referral in any status, with the fields that status needs. */
export const referralArb: fc.Arbitrary<Referral> = fc
  .record({
    meta: meta('referral'),
    participantId: idArb('participant'),
    fromOrganizationId: idArb('organization'),
    toOrganizationId: idArb('organization'),
    internal: fc.boolean(),
    serviceType: enumArb(ServiceType),
    reason: textArb,
    status: fc.constantFrom(
      'draft' as const,
      'sent' as const,
      'accepted' as const,
      'rejected' as const,
      'in_progress' as const,
      'completed' as const,
      'cancelled' as const,
      'revoked' as const,
    ),
    consentId: idArb('consent'),
    at: instantArb,
    text: textArb,
    outcome: enumArb(ReferralOutcome),
  })
  .map(({ meta: m, internal, status, consentId, at, text, outcome, ...rest }) => {
    const s = status;
    const sent = s !== 'draft' && s !== 'cancelled';
    const accepted = s === 'accepted' || s === 'in_progress' || s === 'completed';
    return clean({
      ...m,
      ...rest,
      toOrganizationId: internal ? rest.fromOrganizationId : rest.toOrganizationId,
      status: s,
      consentId: sent ? consentId : undefined,
      sentAt: sent ? at : undefined,
      acceptedAt: accepted ? at : undefined,
      startedAt: s === 'in_progress' ? at : undefined,
      completedAt: s === 'completed' ? at : undefined,
      outcome: s === 'completed' ? { result: outcome, summary: text } : undefined,
      rejectedAt: s === 'rejected' ? at : undefined,
      rejectionReason: s === 'rejected' ? text : undefined,
      cancelledAt: s === 'cancelled' ? at : undefined,
      revokedAt: s === 'revoked' ? at : undefined,
    });
  });

export const serviceDeliveryArb: fc.Arbitrary<ServiceDelivery> = fc
  .record({
    meta: meta('serviceDelivery'),
    organizationId: idArb('organization'),
    participantId: idArb('participant'),
    serviceType: enumArb(ServiceType),
    deliveredOn: fc.constant('2026-02-01'),
    endedOn: opt(dateArb.filter((d) => d >= '2026-02-01')),
    durationMinutes: opt(fc.integer({ min: 1, max: 1440 })),
    referralId: opt(idArb('referral')),
    deliveredByUserId: opt(idArb('user')),
    notes: opt(textArb),
  })
  .map(({ meta: m, ...rest }) => clean({ ...m, ...rest }));

export const supportRequestArb: fc.Arbitrary<SupportRequest> = fc
  .record({
    meta: meta('supportRequest'),
    organizationId: idArb('organization'),
    toOrganizationId: idArb('organization'),
    kind: enumArb(SupportRequestKind),
    participantId: opt(idArb('participant')),
    district: opt(districtArb),
    places: opt(fc.integer({ min: 1, max: 1000 })),
    description: textArb,
    status: enumArb(SupportRequestStatus),
    response: opt(textArb),
    respondedAt: opt(instantArb),
  })
  .map(({ meta: m, ...rest }) => clean({ ...m, ...rest }));
