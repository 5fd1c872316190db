import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../validation/index.js';
import { supportRequestArb } from './arbitraries.fixture.js';
import {
  allowedSupportRequestActions,
  findSupportRequestTransition,
  SUPPORT_REQUEST_FINAL_STATUSES,
  SUPPORT_REQUEST_TRANSITIONS,
  type SupportRequest,
  SupportRequestAction,
  type SupportRequestActionValue,
  type SupportRequestPartyValue,
  SupportRequestSchema,
  SupportRequestStatus,
  type SupportRequestStatusValue,
  type SupportRequestTransitionContext,
  SupportRequestTransitionError,
  supportRequestParties,
  transitionSupportRequest,
  tryTransitionSupportRequest,
} from './index.js';

const NGO = 'org_requester01';
const DESK = 'org_govdesk0001';
const STRANGER = 'org_stranger01';
const T0 = '2026-03-01T10:00:00Z';
const AT = '2026-03-02T09:30:00+05:45';

/** A schema-valid support request in `status`, from NGO to DESK. */
function requestIn(status: SupportRequestStatusValue): SupportRequest {
  const answered = status !== 'submitted' && status !== 'withdrawn';
  return SupportRequestSchema.parse({
    id: 'sup_request00001',
    organizationId: NGO,
    toOrganizationId: DESK,
    kind: 'citizenship_documentation',
    participantId: 'pt_person00001',
    district: 'Kathmandu',
    description: 'Needs a citizenship certificate to open a bank account',
    status,
    ...(answered ? { respondedAt: T0, response: 'Noted' } : {}),
    createdAt: T0,
    updatedAt: T0,
  });
}

const context = (actorOrganizationId: string): SupportRequestTransitionContext => ({
  actorOrganizationId,
  at: AT,
  response: 'Forwarded to the district administration office',
});

function errorOf(fn: () => unknown): SupportRequestTransitionError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(SupportRequestTransitionError);
    return error as SupportRequestTransitionError;
  }
  throw new Error('expected a SupportRequestTransitionError');
}

/**
 * Every legal move, written out by hand from the flow (the NGO withdraws; the desk acknowledges, starts,
 * fulfils or declines), NOT derived from SUPPORT_REQUEST_TRANSITIONS: a move added to or dropped from the
 * table must fail here. Columns: from, action, to, by.
 */
type Row = readonly [
  SupportRequestStatusValue,
  SupportRequestActionValue,
  SupportRequestStatusValue,
  SupportRequestPartyValue,
];
const LEGAL: readonly Row[] = [
  ['submitted', 'acknowledge', 'acknowledged', 'desk'],
  ['submitted', 'start', 'in_progress', 'desk'],
  ['submitted', 'decline', 'declined', 'desk'],
  ['submitted', 'withdraw', 'withdrawn', 'requester'],
  ['acknowledged', 'start', 'in_progress', 'desk'],
  ['acknowledged', 'fulfil', 'fulfilled', 'desk'],
  ['acknowledged', 'decline', 'declined', 'desk'],
  ['acknowledged', 'withdraw', 'withdrawn', 'requester'],
  ['in_progress', 'fulfil', 'fulfilled', 'desk'],
  ['in_progress', 'decline', 'declined', 'desk'],
  ['in_progress', 'withdraw', 'withdrawn', 'requester'],
];
const legalMove = (from: SupportRequestStatusValue, action: SupportRequestActionValue) => {
  const row = LEGAL.find(([f, a]) => f === from && a === action);
  return row && { from: row[0], action: row[1], to: row[2], by: row[3] };
};
const pairs = SupportRequestStatus.values.flatMap((from) =>
  SupportRequestAction.values.map((action) => ({ from, action })),
);

describe('transitionSupportRequest on every (status, action) pair', () => {
  it('covers all 30 pairs', () => expect(pairs).toHaveLength(6 * 5));

  it.each(pairs)('$from × $action', ({ from, action }) => {
    const move = legalMove(from, action);
    expect(findSupportRequestTransition(from, action)).toEqual(move);
    const request = requestIn(from);
    if (!move) {
      for (const actor of [NGO, DESK, STRANGER]) {
        const error = errorOf(() => transitionSupportRequest(request, action, context(actor)));
        expect(error.code).toBe('illegal_transition');
        expect({ from: error.from, to: error.to, action: error.action }).toEqual({
          from,
          to: undefined,
          action,
        });
        expect(error.localized.ne).toMatch(/[\u0900-\u097F]/);
      }
      return;
    }
    const allowed = move.by === 'requester' ? NGO : DESK;
    const other = move.by === 'requester' ? DESK : NGO;
    const next = transitionSupportRequest(request, action, context(allowed));
    expect(next.status).toBe(move.to);
    expect(next.updatedAt).toBe(AT);
    expect(validate(SupportRequestSchema, next).ok).toBe(true);
    expect(request.status).toBe(from); // pure: the input is untouched
    for (const actor of [other, STRANGER]) {
      const error = errorOf(() => transitionSupportRequest(request, action, context(actor)));
      expect(error.code).toBe('not_permitted');
      expect({ from: error.from, to: error.to, action: error.action }).toEqual({ from, to: move.to, action });
    }
  });
});

describe('the transition table', () => {
  it('is exactly the legal moves written out in this test', () => {
    const table = SUPPORT_REQUEST_TRANSITIONS.map((x) => [x.from, x.action, x.to, x.by]);
    expect([...table].sort()).toEqual([...LEGAL].map((row) => [...row]).sort());
    expect(table).toHaveLength(LEGAL.length);
  });

  it('has final statuses that no action leaves', () => {
    expect([...SUPPORT_REQUEST_FINAL_STATUSES].sort()).toEqual(['declined', 'fulfilled', 'withdrawn']);
  });

  it('gives the requesting NGO withdraw only, and the desk the rest', () => {
    for (const x of SUPPORT_REQUEST_TRANSITIONS)
      expect(x.by).toBe(x.action === 'withdraw' ? 'requester' : 'desk');
  });

  it('lists the actions each party may take now', () => {
    const submitted = requestIn('submitted');
    expect(allowedSupportRequestActions(submitted, DESK)).toEqual(['acknowledge', 'start', 'decline']);
    expect(allowedSupportRequestActions(submitted, NGO)).toEqual(['withdraw']);
    expect(allowedSupportRequestActions(submitted, STRANGER)).toEqual([]);
    expect(allowedSupportRequestActions(requestIn('fulfilled'), DESK)).toEqual([]);
    expect(supportRequestParties(submitted, NGO)).toEqual(['requester']);
  });
});

describe('the desk’s answer', () => {
  const submitted = requestIn('submitted');

  it('is recorded with respondedAt, trimmed; the latest answer replaces the earlier one', () => {
    const acknowledged = transitionSupportRequest(submitted, 'acknowledge', {
      actorOrganizationId: DESK,
      at: AT,
      response: '  Received; forwarded to the district office  ',
    });
    expect(acknowledged).toMatchObject({
      status: 'acknowledged',
      response: 'Received; forwarded to the district office',
      respondedAt: AT,
    });
    const later = '2026-03-05T11:00:00+05:45';
    const started = transitionSupportRequest(acknowledged, 'start', { actorOrganizationId: DESK, at: later });
    // No new answer: the earlier one stays, the time moves.
    expect(started).toMatchObject({ response: acknowledged.response, respondedAt: later });
    const fulfilled = transitionSupportRequest(started, 'fulfil', {
      actorOrganizationId: DESK,
      at: later,
      response: 'Certificate issued',
    });
    expect(fulfilled.response).toBe('Certificate issued');
  });

  it('is required to decline', () => {
    for (const response of [undefined, '', '   ']) {
      const error = errorOf(() =>
        transitionSupportRequest(submitted, 'decline', {
          actorOrganizationId: DESK,
          at: AT,
          ...(response === undefined ? {} : { response }),
        }),
      );
      expect(error.code).toBe('response_required');
      expect(error.to).toBe('declined');
    }
  });

  it('refuses bad text and an invalid time', () => {
    expect(
      errorOf(() =>
        transitionSupportRequest(submitted, 'acknowledge', {
          actorOrganizationId: DESK,
          at: AT,
          response: 'a\u0000b',
        }),
      ).code,
    ).toBe('invalid_context');
    expect(
      errorOf(() =>
        transitionSupportRequest(submitted, 'acknowledge', { actorOrganizationId: DESK, at: 'today' }),
      ).code,
    ).toBe('invalid_context');
  });

  it('is never written by the NGO withdrawing, nor does it set respondedAt', () => {
    const withdrawn = transitionSupportRequest(submitted, 'withdraw', {
      actorOrganizationId: NGO,
      at: AT,
      response: 'ignored',
    });
    expect(withdrawn.response).toBeUndefined();
    expect(withdrawn.respondedAt).toBeUndefined();
  });
});

describe('properties', () => {
  const action = fc.constantFrom(...SupportRequestAction.values);
  const actor = fc.constantFrom<'requester' | 'desk' | 'stranger'>('requester', 'desk', 'stranger');

  it('any sequence of actions by anyone keeps a valid request, moving only along the table', () => {
    fc.assert(
      fc.property(supportRequestArb, fc.array(fc.tuple(action, actor), { maxLength: 8 }), (start, steps) => {
        let current = start;
        for (const [a, who] of steps) {
          const org =
            who === 'requester'
              ? current.organizationId
              : who === 'desk'
                ? current.toOrganizationId
                : STRANGER;
          const result = tryTransitionSupportRequest(current, a, { ...context(org) });
          if (!result.ok) {
            expect(result.error).toBeInstanceOf(SupportRequestTransitionError);
            continue;
          }
          const move = findSupportRequestTransition(current.status, a);
          expect(move?.to).toBe(result.request.status);
          expect(supportRequestParties(current, org)).toContain(move?.by);
          expect(validate(SupportRequestSchema, result.request).ok).toBe(true);
          current = result.request;
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never leaves a final status', () => {
    fc.assert(
      fc.property(
        supportRequestArb.filter((r) => SUPPORT_REQUEST_FINAL_STATUSES.includes(r.status)),
        action,
        actor,
        (request, a, who) => {
          const org = who === 'requester' ? request.organizationId : request.toOrganizationId;
          const result = tryTransitionSupportRequest(request, a, context(org));
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.error.code).toBe('illegal_transition');
        },
      ),
      { numRuns: 100 },
    );
  });
});
