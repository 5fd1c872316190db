import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPLETE_CONSENT_CHECKS } from '../synthetic/index.js';
import { validate } from '../validation/index.js';
import { consentArb, referralArb } from './arbitraries.fixture.js';
import type { Consent } from './consent.js';
import {
  allowedReferralActions,
  findReferralTransition,
  REFERRAL_FINAL_STATUSES,
  REFERRAL_TRANSITIONS,
  type Referral,
  ReferralAction,
  type ReferralActionValue,
  type ReferralPartyValue,
  ReferralSchema,
  ReferralStatus,
  type ReferralStatusValue,
  type ReferralTransitionContext,
  ReferralTransitionError,
  transitionReferral,
  tryTransitionReferral,
} from './index.js';

const SENDER = 'org_sender0001';
const RECEIVER = 'org_receiver01';
const STRANGER = 'org_stranger01';
const T0 = '2026-03-01T10:00:00Z';
const AT = '2026-03-02T09:30:00+05:45';

const sharing: Consent = {
  id: 'cns_sharing001',
  organizationId: SENDER,
  participantId: 'pt_person00001',
  purpose: 'sharing',
  recipientOrganizationId: RECEIVER,
  givenAt: T0,
  checks: COMPLETE_CONSENT_CHECKS,
  createdAt: T0,
  updatedAt: T0,
};

/** A schema-valid referral in `status`, from SENDER to `to`. */
function referralIn(status: ReferralStatusValue, to = RECEIVER): Referral {
  const sent = status !== 'draft' && status !== 'cancelled';
  const accepted = status === 'accepted' || status === 'in_progress' || status === 'completed';
  const r = {
    id: 'ref_referral001',
    participantId: 'pt_person00001',
    fromOrganizationId: SENDER,
    toOrganizationId: to,
    serviceType: 'vocational_training',
    reason: 'Wants to train as a tailor',
    status,
    ...(sent ? { consentId: sharing.id, sentAt: T0 } : {}),
    ...(accepted ? { acceptedAt: T0 } : {}),
    ...(status === 'in_progress' ? { startedAt: T0 } : {}),
    ...(status === 'completed' ? { completedAt: T0, outcome: { result: 'service_delivered' } } : {}),
    ...(status === 'rejected' ? { rejectedAt: T0, rejectionReason: 'No places left' } : {}),
    ...(status === 'cancelled' ? { cancelledAt: T0 } : {}),
    ...(status === 'revoked' ? { revokedAt: T0 } : {}),
    createdAt: T0,
    updatedAt: T0,
  };
  return ReferralSchema.parse(r);
}

/** A context that satisfies every action's own requirements. */
function fullContext(actorOrganizationId: string): ReferralTransitionContext {
  return {
    actorOrganizationId,
    at: AT,
    consents: [sharing],
    reason: 'A stated reason',
    outcome: { result: 'service_delivered', summary: 'Completed the course' },
  };
}

function errorOf(fn: () => unknown): ReferralTransitionError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ReferralTransitionError);
    return error as ReferralTransitionError;
  }
  throw new Error('expected a ReferralTransitionError');
}

const pairs = ReferralStatus.values.flatMap((from) =>
  ReferralAction.values.map((action) => ({ from, action })),
);

/**
 * Every legal move, written out by hand from the referral flow (docs/referral-flows.md), NOT derived from
 * REFERRAL_TRANSITIONS: a move added to or dropped from the table must fail here.
 * Columns: from, action, to, by.
 */
type Row = readonly [ReferralStatusValue, ReferralActionValue, ReferralStatusValue, ReferralPartyValue];
const LEGAL: readonly Row[] = [
  ['draft', 'send', 'sent', 'sender'],
  ['draft', 'cancel', 'cancelled', 'sender'],
  ['sent', 'accept', 'accepted', 'receiver'],
  ['sent', 'reject', 'rejected', 'receiver'],
  ['sent', 'cancel', 'cancelled', 'sender'],
  ['sent', 'revoke', 'revoked', 'sender'],
  ['accepted', 'start', 'in_progress', 'receiver'],
  ['accepted', 'complete', 'completed', 'receiver'],
  ['accepted', 'cancel', 'cancelled', 'sender'],
  ['accepted', 'revoke', 'revoked', 'sender'],
  ['in_progress', 'complete', 'completed', 'receiver'],
  ['in_progress', 'cancel', 'cancelled', 'sender'],
  ['in_progress', 'revoke', 'revoked', 'sender'],
];
const legalMove = (from: ReferralStatusValue, action: ReferralActionValue) => {
  const row = LEGAL.find(([f, a]) => f === from && a === action);
  return row && { from: row[0], action: row[1], to: row[2], by: row[3] };
};

describe('transitionReferral on every (status, action) pair', () => {
  it('covers all 56 pairs', () => expect(pairs).toHaveLength(8 * 7));

  it.each(pairs)('$from × $action', ({ from, action }) => {
    const move = legalMove(from, action);
    expect(findReferralTransition(from, action)).toEqual(move);
    const referral = referralIn(from);
    if (!move) {
      for (const actor of [SENDER, RECEIVER, STRANGER]) {
        const error = errorOf(() => transitionReferral(referral, action, fullContext(actor)));
        expect(error.code).toBe('illegal_transition');
        expect({ from: error.from, to: error.to, action: error.action }).toEqual({
          from,
          to: undefined,
          action,
        });
      }
      return;
    }
    const allowed = move.by === 'sender' ? SENDER : RECEIVER;
    const other = move.by === 'sender' ? RECEIVER : SENDER;
    const next = transitionReferral(referral, action, fullContext(allowed));
    expect(next.status).toBe(move.to);
    expect(next.updatedAt).toBe(AT);
    expect(validate(ReferralSchema, next).ok).toBe(true);
    expect(referral.status).toBe(from); // pure: the input is untouched
    for (const actor of [other, STRANGER]) {
      const error = errorOf(() => transitionReferral(referral, action, fullContext(actor)));
      expect(error.code).toBe('not_permitted');
      expect({ from: error.from, to: error.to, action: error.action }).toEqual({ from, to: move.to, action });
    }
    // Inside one organisation it is both sender and receiver.
    const internal = referralIn(from, SENDER);
    const inside = transitionReferral(internal, action, {
      ...fullContext(SENDER),
      consents: [{ ...sharing, purpose: 'services', recipientOrganizationId: undefined } as Consent],
    });
    expect(inside.status).toBe(move.to);
  });
});

describe('the transition table', () => {
  it('is exactly the legal moves written out in this test', () => {
    const table = REFERRAL_TRANSITIONS.map((x) => [x.from, x.action, x.to, x.by]);
    expect([...table].sort()).toEqual([...LEGAL].map((row) => [...row]).sort());
    expect(table).toHaveLength(LEGAL.length);
  });

  it('has final statuses that no action leaves', () => {
    expect([...REFERRAL_FINAL_STATUSES].sort()).toEqual(['cancelled', 'completed', 'rejected', 'revoked']);
  });

  it('gives the sender send, cancel, revoke and the receiver the rest', () => {
    for (const x of REFERRAL_TRANSITIONS) {
      expect(x.by).toBe(['send', 'cancel', 'revoke'].includes(x.action) ? 'sender' : 'receiver');
    }
  });

  it('lists the actions each party may take now', () => {
    const sent = referralIn('sent');
    expect(allowedReferralActions(sent, RECEIVER)).toEqual(['accept', 'reject']);
    expect(allowedReferralActions(sent, SENDER)).toEqual(['cancel', 'revoke']);
    expect(allowedReferralActions(sent, STRANGER)).toEqual([]);
    expect(allowedReferralActions(referralIn('sent', SENDER), SENDER)).toEqual([
      'accept',
      'reject',
      'cancel',
      'revoke',
    ]);
  });
});

describe('send', () => {
  const draft = referralIn('draft');
  const base = { actorOrganizationId: SENDER, at: AT };

  it('records the covering consent', () => {
    expect(transitionReferral(draft, 'send', { ...base, consents: [sharing] })).toMatchObject({
      status: 'sent',
      consentId: sharing.id,
      sentAt: AT,
    });
  });

  it.each([
    ['none', []],
    ['wrong_organisation', [{ ...sharing, recipientOrganizationId: STRANGER }]],
    ['withdrawn', [{ ...sharing, withdrawnAt: '2026-03-01T12:00:00Z' }]],
    ['expired', [{ ...sharing, expiresAt: '2026-03-01T12:00:00Z' }]],
    ['not_yet_given', [{ ...sharing, givenAt: '2026-03-05T00:00:00Z' }]],
  ] as const)('is refused without covering consent (%s)', (reason, consents) => {
    const error = errorOf(() =>
      transitionReferral(draft, 'send', { ...base, consents: consents as readonly Consent[] }),
    );
    expect(error.code).toBe('consent_required');
    expect(error.consentReason).toBe(reason);
    expect(error.localized.ne).toMatch(/[\u0900-\u097F]/);
  });

  it("is refused with another person's sharing consent", () => {
    const someoneElses: Consent = { ...sharing, id: 'cns_someone001', participantId: 'pt_someone0001' };
    const error = errorOf(() => transitionReferral(draft, 'send', { ...base, consents: [someoneElses] }));
    expect(error.code).toBe('consent_required');
    expect(error.consentReason).toBe('none');
    // Mixed in with the participant's own consent, the own one is the one recorded.
    const sent = transitionReferral(draft, 'send', { ...base, consents: [someoneElses, sharing] });
    expect(sent.consentId).toBe(sharing.id);
  });

  it('needs a sharing consent, not a services consent, for another organisation', () => {
    const services = { ...sharing, purpose: 'services', recipientOrganizationId: undefined } as Consent;
    expect(errorOf(() => transitionReferral(draft, 'send', { ...base, consents: [services] })).code).toBe(
      'consent_required',
    );
  });

  it('accepts a recorded override with a user and a reason instead', () => {
    const sent = transitionReferral(draft, 'send', {
      ...base,
      override: { userId: 'usr_supervisor1', reason: '  Medical emergency  ' },
    });
    expect(sent.consentOverride).toEqual({ userId: 'usr_supervisor1', reason: 'Medical emergency', at: AT });
    expect(sent.consentId).toBeUndefined();
    expect(validate(ReferralSchema, sent).ok).toBe(true);
  });

  it('refuses an override without a reason or with a malformed user', () => {
    expect(
      errorOf(() =>
        transitionReferral(draft, 'send', { ...base, override: { userId: 'usr_supervisor1', reason: ' ' } }),
      ).code,
    ).toBe('reason_required');
    expect(
      errorOf(() =>
        transitionReferral(draft, 'send', { ...base, override: { userId: 'bob', reason: 'Urgent' } }),
      ).code,
    ).toBe('invalid_context');
  });

  it('refuses an invalid time', () => {
    expect(
      errorOf(() => transitionReferral(draft, 'send', { ...base, at: 'yesterday', consents: [sharing] }))
        .code,
    ).toBe('invalid_context');
  });
});

describe('reject, complete, cancel', () => {
  it('reject needs a reason and keeps it', () => {
    const sent = referralIn('sent');
    const ctx = { actorOrganizationId: RECEIVER, at: AT };
    expect(errorOf(() => transitionReferral(sent, 'reject', ctx)).code).toBe('reason_required');
    expect(errorOf(() => transitionReferral(sent, 'reject', { ...ctx, reason: '  ' })).code).toBe(
      'reason_required',
    );
    expect(transitionReferral(sent, 'reject', { ...ctx, reason: 'Course full' })).toMatchObject({
      status: 'rejected',
      rejectionReason: 'Course full',
      rejectedAt: AT,
    });
  });

  it('complete needs a valid outcome and reports it back', () => {
    const started = referralIn('in_progress');
    const ctx = { actorOrganizationId: RECEIVER, at: AT };
    expect(errorOf(() => transitionReferral(started, 'complete', ctx)).code).toBe('outcome_required');
    const bad = { result: 'great' } as unknown as ReferralTransitionContext['outcome'];
    expect(errorOf(() => transitionReferral(started, 'complete', { ...ctx, outcome: bad })).code).toBe(
      'invalid_context',
    );
    const done = transitionReferral(started, 'complete', {
      ...ctx,
      outcome: { result: 'participant_declined' },
    });
    expect(done).toMatchObject({
      status: 'completed',
      completedAt: AT,
      outcome: { result: 'participant_declined' },
    });
  });

  it('cancel keeps an optional reason', () => {
    const cancelled = transitionReferral(referralIn('draft'), 'cancel', {
      actorOrganizationId: SENDER,
      at: AT,
    });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelledAt: AT });
    expect(cancelled.cancellationReason).toBeUndefined();
  });
});

describe('errors', () => {
  it('are typed, bilingual, and carry no participant data', () => {
    const referral = { ...referralIn('completed'), reason: 'MARKER-PRIVATE-REASON' };
    const result = tryTransitionReferral(referral, 'accept', fullContext(RECEIVER));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('illegal_transition');
    expect(result.error.message).toContain('Completed');
    expect(result.error.localized.ne).toContain('सम्पन्न');
    const dump = JSON.stringify(result.error) + String(result.error) + JSON.stringify(result.error.localized);
    expect(dump).not.toContain('MARKER');
    expect(dump).not.toContain(referral.participantId);
  });

  it('treat an unknown action from an untyped caller as illegal', () => {
    const error = errorOf(() =>
      transitionReferral(referralIn('sent'), 'approve' as ReferralActionValue, fullContext(RECEIVER)),
    );
    expect(error.code).toBe('illegal_transition');
  });
});

describe('any sequence of actions', () => {
  it('keeps the referral schema-valid and only ever moves along the table', () => {
    const action = fc.constantFrom(...ReferralAction.values);
    const actor = fc.constantFrom('sender', 'receiver');
    fc.assert(
      fc.property(
        referralArb,
        fc.array(fc.tuple(action, actor), { maxLength: 8 }),
        consentArb,
        (start, steps, c) => {
          const consent = { ...c, participantId: start.participantId };
          let current = start;
          for (const [a, who] of steps) {
            const org = who === 'sender' ? current.fromOrganizationId : current.toOrganizationId;
            const result = tryTransitionReferral(current, a, { ...fullContext(org), consents: [consent] });
            if (!result.ok) {
              expect(result.error).toBeInstanceOf(ReferralTransitionError);
              continue;
            }
            const move = findReferralTransition(current.status, a);
            expect(move?.to).toBe(result.referral.status);
            expect(validate(ReferralSchema, result.referral).ok).toBe(true);
            current = result.referral;
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
