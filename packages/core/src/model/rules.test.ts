import { describe, expect, it } from 'vitest';
import { COMPLETE_CONSENT_CHECKS } from '../synthetic/index.js';
import { validate } from '../validation/index.js';
import {
  ConsentInputSchema,
  LivelihoodPlanInputSchema,
  NeedsAssessmentInputSchema,
  OrganizationInputSchema,
  ReferralSchema,
  ServiceDeliveryInputSchema,
  SupportRequestInputSchema,
} from './index.js';

function issues(schema: Parameters<typeof validate>[0], input: unknown): string[] {
  const result = validate(schema, input);
  return result.ok ? [] : result.issues.map((i) => `${i.pointer} ${i.code}`);
}

describe('Organization rules', () => {
  const org = {
    role: 'ngo',
    name: 'Example Shelter Nepal',
    districtsServed: ['Kathmandu'],
    servicesOffered: ['counselling'],
  };
  it('checks contact formats and repeated values', () => {
    expect(issues(OrganizationInputSchema, org)).toEqual([]);
    expect(
      issues(OrganizationInputSchema, {
        ...org,
        email: 'not-an-email',
        url: 'ftp://example.org',
        phone: '01-4000000',
      }),
    ).toEqual(['/email invalid_format', '/url invalid_format', '/phone invalid_format']);
    expect(issues(OrganizationInputSchema, { ...org, districtsServed: [] })).toEqual([
      '/districtsServed too_small',
    ]);
    expect(issues(OrganizationInputSchema, { ...org, servicesOffered: ['health', 'health'] })).toEqual([
      '/servicesOffered/1 duplicate',
    ]);
    expect(issues(OrganizationInputSchema, { ...org, name: '   ' })).toEqual(['/name too_small']);
  });
});

describe('Consent rules', () => {
  const consent = {
    participantId: 'pt_person00001',
    purpose: 'services',
    givenAt: '2026-03-01T10:00:00Z',
    checks: COMPLETE_CONSENT_CHECKS,
  };
  it('ties the organisation and items to the purpose', () => {
    expect(issues(ConsentInputSchema, consent)).toEqual([]);
    expect(issues(ConsentInputSchema, { ...consent, purpose: 'sharing' })).toEqual([
      '/recipientOrganizationId recipient_required',
      '/scope scope_required',
    ]);
    const sharing = { ...consent, purpose: 'sharing', recipientOrganizationId: 'org_receiver01' };
    expect(issues(ConsentInputSchema, { ...sharing, scope: ['profile', 'notes'] })).toEqual([]);
    expect(issues(ConsentInputSchema, { ...sharing, scope: [] })).toEqual(['/scope too_small']);
    expect(issues(ConsentInputSchema, { ...sharing, scope: ['profile', 'profile'] })).toEqual([
      '/scope/1 duplicate',
    ]);
    expect(issues(ConsentInputSchema, { ...sharing, scope: ['names'] })).toEqual(['/scope/0 invalid_value']);
    expect(issues(ConsentInputSchema, { ...consent, scope: ['profile'] })).toEqual([
      '/scope scope_unexpected',
    ]);
    expect(issues(ConsentInputSchema, { ...consent, recipientOrganizationId: 'org_receiver01' })).toEqual([
      '/recipientOrganizationId recipient_unexpected',
    ]);
    expect(issues(ConsentInputSchema, { ...consent, purpose: 'publication' })).toEqual([
      '/publicationItems items_required',
    ]);
    expect(issues(ConsentInputSchema, { ...consent, publicationItems: ['photo'] })).toEqual([
      '/publicationItems items_unexpected',
    ]);
  });
  it('orders its dates and needs every check answered', () => {
    expect(
      issues(ConsentInputSchema, {
        ...consent,
        expiresAt: '2026-02-01T00:00:00Z',
        withdrawnAt: '2026-02-01T00:00:00Z',
      }),
    ).toEqual(['/expiresAt date_order', '/withdrawnAt date_order']);
    const { retentionExplained: _r, ...partial } = COMPLETE_CONSENT_CHECKS;
    expect(issues(ConsentInputSchema, { ...consent, checks: partial })).toEqual([
      '/checks/retentionExplained required',
    ]);
    expect(
      issues(ConsentInputSchema, {
        ...consent,
        override: { userId: 'usr_supervisor1', reason: ' ', at: '2026-03-01T10:00:00Z' },
      }),
    ).toEqual(['/override/reason too_small']);
  });
});

describe('NeedsAssessment and LivelihoodPlan rules', () => {
  it('assesses each domain once', () => {
    const a = {
      participantId: 'pt_person00001',
      assessedOn: '2026-03-01',
      domains: [{ domain: 'housing', needLevel: 'high' }],
    };
    expect(issues(NeedsAssessmentInputSchema, a)).toEqual([]);
    expect(
      issues(NeedsAssessmentInputSchema, {
        ...a,
        domains: [...a.domains, { domain: 'housing', needLevel: 'low' }],
      }),
    ).toEqual(['/domains/1 duplicate']);
    expect(issues(NeedsAssessmentInputSchema, { ...a, assessedOn: '2026-02-30' })).toEqual([
      '/assessedOn invalid_format',
    ]);
  });

  it('links actions to existing goals and orders their dates', () => {
    const goal = { key: 'g1', area: 'livelihood', description: 'Work as a tailor', status: 'open' };
    const action = {
      goalKey: 'g1',
      description: 'Tailoring course',
      responsibleOrganizationId: 'org_training01',
      startDate: '2026-04-01',
      dueDate: '2026-09-30',
      status: 'planned',
    };
    const plan = { participantId: 'pt_person00001', goals: [goal], actions: [action], reviews: [] };
    expect(issues(LivelihoodPlanInputSchema, plan)).toEqual([]);
    expect(issues(LivelihoodPlanInputSchema, { ...plan, goals: [goal, goal] })).toEqual([
      '/goals/1 duplicate',
    ]);
    expect(
      issues(LivelihoodPlanInputSchema, {
        ...plan,
        actions: [{ ...action, goalKey: 'g9', dueDate: '2026-03-01' }],
      }),
    ).toEqual(['/actions/0/goalKey unknown_goal', '/actions/0/dueDate date_order']);
    expect(issues(LivelihoodPlanInputSchema, { ...plan, actions: [], goals: [] })).toEqual([
      '/goals too_small',
    ]);
  });
});

describe('Referral record rules', () => {
  const draft = {
    id: 'ref_referral001',
    participantId: 'pt_person00001',
    fromOrganizationId: 'org_sender0001',
    toOrganizationId: 'org_receiver01',
    serviceType: 'legal_aid',
    reason: 'Needs help with a court case',
    status: 'draft',
    createdAt: '2026-03-01T10:00:00Z',
    updatedAt: '2026-03-01T10:00:00Z',
  };
  it('requires the fields each status needs', () => {
    expect(issues(ReferralSchema, draft)).toEqual([]);
    expect(issues(ReferralSchema, { ...draft, status: 'sent' })).toEqual([
      '/sentAt status_field_required',
      '/consentId consent_reference_required',
    ]);
    expect(
      issues(ReferralSchema, {
        ...draft,
        status: 'rejected',
        sentAt: draft.createdAt,
        consentId: 'cns_sharing001',
      }),
    ).toEqual(['/rejectedAt status_field_required', '/rejectionReason status_field_required']);
    expect(issues(ReferralSchema, { ...draft, reason: '' })).toEqual(['/reason too_small']);
  });
});

describe('ServiceDelivery and SupportRequest', () => {
  it('validates their fields', () => {
    const d = {
      participantId: 'pt_person00001',
      serviceType: 'shelter',
      deliveredOn: '2026-03-01',
      endedOn: '2026-02-01',
    };
    expect(issues(ServiceDeliveryInputSchema, d)).toEqual(['/endedOn date_order']);
    const r = {
      toOrganizationId: 'org_ministry001',
      kind: 'shelter_space',
      places: 0,
      description: 'Places needed',
    };
    expect(issues(SupportRequestInputSchema, r)).toEqual(['/places too_small']);
    expect(issues(SupportRequestInputSchema, { ...r, places: 3, participantName: 'x' })).toEqual([
      '/participantName unrecognized_keys',
    ]);
  });
});
