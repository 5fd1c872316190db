/**
 * Type tests: `// @ts-expect-error` lines must fail to compile (tsc reports an unused directive
 * otherwise), and `expectTypeOf` pins the types the contract gives. Checked by `tsc -p packages/client`;
 * the runtime part only makes sure nothing here is ever sent.
 */

import { SYNTHETIC_PARTICIPANT_INPUT } from '@nayabato/core/synthetic';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type AnyNayaBatoError,
  createClient,
  type ItemOf,
  isNayaBatoError,
  type NayaBatoClient,
  type Paginator,
  type Referral,
} from './index.js';

const participant = SYNTHETIC_PARTICIPANT_INPUT;

/** Never called: it exists to be type-checked. */
async function shapes(client: NayaBatoClient) {
  // Right shapes compile.
  await client.participants.create(participant);
  await client.referrals.reject('ref_1', { reason: 'No places' });
  client.referrals.list({ status: 'sent', direction: 'received', limit: 20 });

  // The values of the TSDoc examples are the contract's (core's enumerations), not guesses.
  client.participants.search({ currentDistrict: 'Sindhupalchok', gender: 'feminine' });
  // @ts-expect-error districts are canonical English names, capitalised
  client.participants.search({ currentDistrict: 'sindhupalchok' });
  // @ts-expect-error gender values are core's Gender values
  client.participants.search({ gender: 'female' });
  await client.participants.update('pt_1', { ...participant, shelterStatus: 'with_family' });
  await client.referrals.create({
    participantId: 'pt_1',
    toOrganizationId: 'org_1',
    serviceType: 'vocational_training',
    reason: 'Tailoring course',
  });
  await client.referrals.complete('ref_1', {
    outcome: { result: 'service_delivered', summary: 'Finished the course' },
  });

  // @ts-expect-error an age band outside core's enumeration
  await client.participants.create({ ...participant, ageBand: 'about twenty' });
  // @ts-expect-error a required field is missing
  await client.participants.create({ category: 'at_risk' });
  const numericId = {
    participantId: 1,
    toOrganizationId: 'org_1',
    serviceType: 'vocational_training',
  } as const;
  // @ts-expect-error ids are strings
  await client.referrals.create(numericId);
  // @ts-expect-error a rejection needs a body with a reason
  await client.referrals.reject('ref_1');
  // @ts-expect-error an unknown filter
  client.referrals.list({ colour: 'red' });
  // @ts-expect-error the page size is a number
  client.referrals.list({ limit: '20' });
  // @ts-expect-error toArray needs a limit
  await client.referrals.list().toArray();
  // @ts-expect-error users' display names are strings
  await client.users.update('usr_1', { displayName: 5 });
  // @ts-expect-error there is no such resource
  client.payments.list();
  // @ts-expect-error consents are withdrawn, not deleted
  await client.consents.delete('cns_1');
  // @ts-expect-error events carry no bodies
  client.on('response', (event) => event.body);
  // @ts-expect-error no such event
  client.on('finished', () => undefined);

  // @ts-expect-error one credential at a time
  createClient({ baseUrl: 'http://x', apiKey: 'sk_1', getToken: () => 'st_1' });
  // @ts-expect-error a credential is required
  createClient({ baseUrl: 'http://x' });
  // @ts-expect-error validate is 'requests', 'all' or false
  createClient({ baseUrl: 'http://x', apiKey: 'pk_1', validate: 'sometimes' });
}

describe('types', () => {
  it('give the contract’s shapes to results, items and events', () => {
    expect(typeof shapes).toBe('function');
    expectTypeOf<NayaBatoClient['referrals']['list']>().returns.toEqualTypeOf<
      Paginator<ItemOf<'listReferrals'>>
    >();
    expectTypeOf<Referral>().toHaveProperty('status');
    expectTypeOf<Referral['id']>().toEqualTypeOf<string>();
    expectTypeOf<Awaited<ReturnType<NayaBatoClient['participants']['create']>>>().toHaveProperty('id');
    expectTypeOf<Parameters<NayaBatoClient['on']>[0]>().toEqualTypeOf<
      'request' | 'response' | 'retry' | 'error' | 'rate-limited'
    >();
  });

  it('narrow errors on kind', () => {
    const describeError = (error: unknown): string => {
      if (!isNayaBatoError(error)) return 'other';
      expectTypeOf(error).toEqualTypeOf<AnyNayaBatoError>();
      switch (error.kind) {
        case 'rate_limited':
          expectTypeOf(error.retryAfter).toEqualTypeOf<number | undefined>();
          return `retry in ${error.retryAfter ?? '?'} s`;
        case 'validation':
          return error.issues.map((i) => i.pointer).join(',');
        default:
          return error.code;
      }
    };
    expect(describeError(new Error('x'))).toBe('other');
  });
});
