import type { ConsentScopeValue, InformedConsentChecks } from '../model/consent.js';

/**
 * The six informed-consent checks, every one explained: the checks of a complete consent. One frozen
 * object, shared by the synthetic programme (at 100,000 participants, copies would only make work for the
 * garbage collector) and by the tests of every package; spread it to make one check false.
 *
 * @example
 * ```ts
 * const consent = { participantId, purpose: 'services', checks: COMPLETE_CONSENT_CHECKS, method: 'verbal' };
 * const incomplete = { ...COMPLETE_CONSENT_CHECKS, retentionExplained: false };
 * ```
 */
export const COMPLETE_CONSENT_CHECKS: Readonly<InformedConsentChecks> = Object.freeze({
  purposeExplained: true,
  useExplained: true,
  researchUseExplained: true,
  accessRightsExplained: true,
  retentionExplained: true,
  withdrawalExplained: true,
});

/**
 * A valid participant input (the body of "create a participant"), made of enumeration values and district
 * names only: nobody real, nothing that identifies anyone. Deeply frozen; spread it to change a field.
 *
 * @example
 * ```ts
 * await client.participants.create({ ...SYNTHETIC_PARTICIPANT_INPUT, ageBand: '21-23' });
 * ```
 */
export const SYNTHETIC_PARTICIPANT_INPUT = Object.freeze({
  category: 'at_risk',
  gender: 'feminine',
  ageBand: '18-20',
  originDistrict: 'Dolakha',
  currentDistrict: 'Kathmandu',
  citizenshipCertificate: Object.freeze({ status: 'no' }),
  educationLevel: 'primary',
  languages: Object.freeze(['ne']),
} as const);

/** The scope of {@link syntheticSharingConsent} unless told otherwise: what a referral usually needs. */
export const SYNTHETIC_SHARING_SCOPE: readonly ConsentScopeValue[] = Object.freeze([
  'profile',
  'needs_assessment',
  'livelihood_plan',
]);

/**
 * A complete sharing consent (the body of "record a consent"): the participant agrees that
 * `recipientOrganizationId` may read what `scope` names (by default {@link SYNTHETIC_SHARING_SCOPE}: the
 * profile, the needs assessment and the plan, not the notes). Given a day before `now`, as consents are
 * recorded after they are given. The consent a referral needs before it is sent.
 *
 * @example
 * ```ts
 * await client.consents.create(syntheticSharingConsent(participant.id, trainingOrg.id));
 * ```
 */
export function syntheticSharingConsent(
  participantId: string,
  recipientOrganizationId: string,
  now = Date.now(),
  scope: readonly ConsentScopeValue[] = SYNTHETIC_SHARING_SCOPE,
) {
  return {
    participantId,
    purpose: 'sharing',
    recipientOrganizationId,
    scope: [...scope],
    givenAt: new Date(now - 86_400_000).toISOString(),
    checks: COMPLETE_CONSENT_CHECKS,
    method: 'verbal',
  } as const;
}
