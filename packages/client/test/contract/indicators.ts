/**
 * Contract scenarios: `GET /v1/indicators` against the real registry (compared with core's own
 * computation on the demo programme: an oracle, not a fixed number), and the msw handler against both.
 */
import {
  computeIndicators,
  type IndicatorRecords,
  type PublishedIndicators,
  publishIndicators,
  publishOrganizationIndicators,
  splitByOrganization,
} from '@nayabato/core';
import { generateProgramme } from '@nayabato/core/synthetic';
import { describe, expect, it } from 'vitest';
import { createClient, isNayaBatoError, PermissionError } from '../../src/index.js';
import { createRegistryHandlers } from '../../src/msw/index.js';
import { mswFetch } from '../../src/msw/msw-fetch.fixture.js';
import { clientFor, org, running, secretClient } from './setup.fixture.js';

const programme = generateProgramme({ seed: 2026, participants: 250 });
const period = { from: programme.start, to: '2025-12-31' };

function expected(records: IndicatorRecords, scope: object, published?: PublishedIndicators) {
  const report = computeIndicators(records, { period });
  const { period: covered, ...tables } = published ?? publishIndicators(report, { threshold: 5 });
  return JSON.parse(
    JSON.stringify({
      scope,
      period: covered,
      districtField: 'currentDistrict',
      incomeThresholdNpr: report.incomeThresholdNpr,
      sustainedMonths: report.sustainedMonths,
      ...tables,
    }),
  );
}

function recordsOf(orgId?: string, withLivelihood = true): IndicatorRecords {
  const participants = programme.participants.filter((p) => !orgId || p.organizationId === orgId);
  const ids = new Set(participants.map((p) => p.id));
  const mine = <T extends { participantId: string }>(xs: readonly T[]) =>
    withLivelihood ? xs.filter((x) => ids.has(x.participantId)) : [];
  return {
    participants,
    referrals: programme.referrals.filter((r) => ids.has(r.participantId)),
    followUps: mine(programme.followUps),
    placements: mine(programme.placements),
    enterprises: mine(programme.enterprises),
    enrolments: mine(programme.enrolments),
  };
}

/** Another organisation's figures: national only, protected with every organisation's (core's own rule). */
function expectedOrganization(orgId: string, withLivelihood = true) {
  const all = recordsOf(undefined, withLivelihood) as IndicatorRecords & {
    participants: (typeof programme.participants)[number][];
  };
  const programmeAnswer = publishIndicators(computeIndicators(all, { period }), { threshold: 5 });
  const reports = new Map(
    [...splitByOrganization(all)].map(([o, records]) => [o, computeIndicators(records, { period })]),
  );
  return expected(
    recordsOf(orgId, withLivelihood),
    { kind: 'organization', organizationId: orgId },
    publishOrganizationIndicators(programmeAnswer, reports, orgId, 5),
  );
}

export function indicatorScenarios(): void {
  describe('indicators', () => {
    it('a publishable key reads the public set, programme-wide and for one organisation', async () => {
      expect(running().demo?.participantIds.length).toBe(programme.participants.length);
      const pub = clientFor({ publishableKey: org('corporate').publishableKey });
      const all = await pub.indicators.get(period);
      expect(all).toEqual(expected(recordsOf(), { kind: 'programme' }));
      const ngo = org('ngo').id;
      const one = await pub.indicators.get({ ...period, organization: ngo });
      expect(one).toEqual(expectedOrganization(ngo));
      expect(JSON.stringify(all)).toContain('"suppressed":true');
    });

    it('an NGO reads its own registrations only; the ministry programme-wide', async () => {
      const ngo = org('ngo').id;
      await expect(secretClient('ngo').indicators.get(period)).resolves.toMatchObject({
        scope: { kind: 'organization', organizationId: ngo },
      });
      await expect(
        secretClient('ngo').indicators.get({ ...period, organization: org('ngo2').id }),
      ).rejects.toBeInstanceOf(PermissionError);
      await expect(secretClient('government').indicators.get(period)).resolves.toMatchObject({
        scope: { kind: 'programme' },
      });
    });
  });

  describe('the msw indicators handler', () => {
    it('computes what the registry computes, with the same scopes and refusals', async () => {
      const baseUrl = 'http://registry.test';
      const ngo = programme.organizations.find((o) => o.role === 'ngo')!;
      const other = programme.organizations.filter((o) => o.role === 'ngo')[1]!;
      const mock = createRegistryHandlers({
        baseUrl,
        callers: { sk_test_ngo: ngo.id },
        data: {
          organizations: programme.organizations as never,
          participants: programme.participants as never,
          referrals: programme.referrals as never,
        },
      });
      const client = (key: string) =>
        createClient({ baseUrl, apiKey: key, fetch: mswFetch(mock.handlers), validate: 'all', retry: false });
      const pub = createClient({
        baseUrl,
        publishableKey: 'pk_test_anything_public_key',
        fetch: mswFetch(mock.handlers),
        validate: 'all',
        retry: false,
      });
      // The mock's store has participants and referrals (the registry's livelihood records are not mocked here).
      expect(await pub.indicators.get(period)).toEqual(
        expected(recordsOf(undefined, false), { kind: 'programme' }),
      );
      expect(await client('sk_test_ngo').indicators.get(period)).toEqual(
        expected(recordsOf(ngo.id, false), { kind: 'organization', organizationId: ngo.id }),
      );
      expect(await pub.indicators.get({ ...period, organization: other.id })).toEqual(
        expectedOrganization(other.id, false),
      );
      // The same refusals as the registry, with the same problem codes.
      const codeOf = async (c: ReturnType<typeof createClient>, q: object) => {
        try {
          await c.indicators.get(q as never);
          return 'ok';
        } catch (error) {
          return isNayaBatoError(error) ? `${error.status} ${error.code}` : 'other';
        }
      };
      const registryPub = clientFor({ publishableKey: org('corporate').publishableKey }, { validate: false });
      for (const q of [
        { from: '2025-13-01' },
        { from: '2025-06-01', to: '2025-05-31' },
        { organization: 'pt_0123456789' },
        { districtField: 'home' },
      ]) {
        expect(
          await codeOf(
            createClient({
              baseUrl,
              publishableKey: 'pk_test_anything_public_key',
              fetch: mswFetch(mock.handlers),
              validate: false,
              retry: false,
            }),
            q,
          ),
        ).toBe(await codeOf(registryPub, q));
      }
      expect(await codeOf(client('sk_test_ngo'), { organization: other.id })).toBe('403 forbidden');
      expect(await codeOf(secretClient('ngo', { validate: false }), { organization: org('ngo2').id })).toBe(
        '403 forbidden',
      );
    });
  });
}
