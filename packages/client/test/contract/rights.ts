/**
 * Contract scenarios: participants' rights (export, erasure) and the audit read API, against the real
 * registry and, step by step, against the client's msw handlers (same status and problem codes).
 */
import { describe, expect, it } from 'vitest';
import {
  createClient,
  isNayaBatoError,
  type NayaBatoClient,
  NotFoundError,
  PermissionError,
} from '../../src/index.js';
import { createRegistryHandlers } from '../../src/msw/index.js';
import { mswFetch } from '../../src/msw/msw-fetch.fixture.js';
import { consentInput, participantInput } from './inputs.fixture.js';
import { org, secretClient } from './setup.fixture.js';

/** What one step got: the HTTP status, or the status and problem code when refused. */
async function outcome(step: () => Promise<unknown>): Promise<string> {
  try {
    await step();
    return 'ok';
  } catch (error) {
    if (!isNayaBatoError(error)) throw error;
    return `${error.status ?? 0} ${error.code}`;
  }
}

/** The rights scenario's outcomes, by step. */
async function scenario(ngo: NayaBatoClient, other: NayaBatoClient, otherId: string) {
  const out: Record<string, string> = {};
  const p = await ngo.participants.create({ ...participantInput, notes: 'Prefers morning sessions' });
  out['another NGO exports'] = await outcome(() => other.participants.export(p.id));
  out['another NGO erases'] = await outcome(() => other.participants.erase(p.id));
  await ngo.consents.create(
    consentInput(p.id, { purpose: 'sharing', recipientOrganizationId: otherId, scope: ['profile'] } as never),
  );
  const referral = await ngo.referrals.create({
    participantId: p.id,
    toOrganizationId: otherId,
    serviceType: 'counselling',
    reason: 'Counselling',
  });
  await ngo.referrals.send(referral.id);
  out['a receiving NGO exports'] = await outcome(() => other.participants.export(p.id));
  out.export = await outcome(() => ngo.participants.export(p.id));
  out.erase = await outcome(() => ngo.participants.erase(p.id));
  out['erase again'] = await outcome(() => ngo.participants.erase(p.id));
  out['audit events'] = await outcome(() => ngo.auditEvents.list({ recordId: p.id }).toArray({ limit: 100 }));
  return out;
}

const EXPECTED = {
  'another NGO exports': '404 not-found',
  'another NGO erases': '404 not-found',
  'a receiving NGO exports': '403 forbidden',
  export: 'ok',
  erase: 'ok',
  'erase again': 'ok',
  'audit events': 'ok',
};

export function rightsScenarios(): void {
  describe('participants’ rights and the audit trail', () => {
    it('exports, erases idempotently and lists the audit events of a participant', async () => {
      const ngo = secretClient('ngo2');
      const p = await ngo.participants.create({ ...participantInput, notes: 'Prefers morning sessions' });
      const document = await ngo.participants.export(p.id);
      expect(document.format).toBe('nayabato.participant-export/1');
      expect(document.participant).toMatchObject({ id: p.id, notes: 'Prefers morning sessions' });
      expect(document.erasure).toBeNull();
      const erased = await ngo.participants.erase(p.id);
      expect(erased).toMatchObject({ participantId: p.id, trigger: 'request' });
      await expect(ngo.participants.erase(p.id)).resolves.toMatchObject({
        erasedAt: erased.erasedAt,
        erased: {},
      });
      const after = await ngo.participants.export(p.id);
      expect(after.erasure).toEqual({ erasedAt: erased.erasedAt, trigger: 'request' });
      expect(after.participant.notes).toBeUndefined();
      await expect(secretClient('ngo').participants.export(p.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(secretClient('corporate').participants.erase(p.id)).rejects.toBeInstanceOf(
        PermissionError,
      );

      const events = await ngo.auditEvents.list({ recordId: p.id }).toArray({ limit: 100 });
      expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['create', 'export', 'erase']));
      const exports = await ngo.auditEvents
        .list({ recordId: p.id, action: 'export' })
        .toArray({ limit: 100 });
      expect(exports).toHaveLength(2);
      const all = await secretClient('coordinator')
        .auditEvents.list({ recordId: p.id, limit: 2 })
        .toArray({ limit: 100 });
      expect(all.map((e) => e.id)).toEqual(events.map((e) => e.id));
      expect(await secretClient('ngo').auditEvents.list({ recordId: p.id }).toArray({ limit: 10 })).toEqual(
        [],
      );
    });

    it('answers the same in the msw handlers as in the registry', async () => {
      const live = await scenario(secretClient('ngo2'), secretClient('ngo'), org('ngo').id);
      expect(live).toEqual(EXPECTED);
      const baseUrl = 'http://registry.test';
      const ids = { ngo: 'org_mockngo00001', other: 'org_mockngo00002' };
      const organization = (id: string) =>
        ({ id, role: 'ngo', name: 'Mock NGO', districtsServed: ['Kathmandu'], servicesOffered: [] }) as never;
      const mock = createRegistryHandlers({
        baseUrl,
        organizationId: ids.ngo,
        callers: { sk_test_ngo: ids.ngo, sk_test_other: ids.other },
        data: { organizations: [organization(ids.ngo), organization(ids.other)] },
      });
      const client = (apiKey: string) =>
        createClient({ baseUrl, apiKey, fetch: mswFetch(mock.handlers), validate: false, retry: false });
      expect(await scenario(client('sk_test_ngo'), client('sk_test_other'), ids.other)).toEqual(EXPECTED);
    });
  });
}
