import { beforeAll, expect, it } from 'vitest';
import { describeRegistry } from './registry.fixture.js';
import {
  enrolmentBody,
  enterpriseBody,
  ok,
  programmeBody,
  referredParticipant,
} from './routes/livelihood.fixture.js';

/**
 * The marker test of the training and enterprise records: every free-text field of an enrolment and an
 * enterprise carries a marker naming it; no answer to a role that may not read it (secret key, staff token
 * or publishable key) and no log line contains one. The corporate buyer of the enterprise is scanned too:
 * it gets the code and trade, never a marker nor the participant's id.
 */
const MARK = 'ZQXLIVE';
const mark = (field: string) => `${MARK}:${field}`;

/** Fields each entitled reader must read back, so that a marker that was never stored fails the test. */
const ENROLMENT_FIELDS = [
  'enrolment.notes',
  'enrolment.certification.certificateNumber',
  'enrolment.certification.certifyingBody',
];
const ENTERPRISE_FIELDS = [
  'enterprise.notes',
  'enterprise.seedSupport.inKind.item',
  'enterprise.marketLinkages.product',
];
const PROGRAMME_MARK = 'ZQXPROGRAMME';

describeRegistry('privacy markers: training and enterprises', (t) => {
  let ids: { programme: string; enrolment: string; enterprise: string; participant: string };
  const credentials: Record<string, string> = {};

  beforeAll(async () => {
    const ti = t().org('training_institution');
    const ngo = t().org('ngo');
    const programme = (
      await ok(
        t().call(ti.secretKey, 'POST', '/v1/training-programmes', {
          json: programmeBody(ti.id, { description: `${PROGRAMME_MARK}:description` }),
        }),
        201,
      )
    ).id;
    const ref = await referredParticipant(t(), ['accept']);
    const enrolment = (
      await ok(
        t().call(ti.secretKey, 'POST', '/v1/enrolments', {
          json: enrolmentBody(
            { programme, ...ref },
            {
              notes: mark('enrolment.notes'),
              certification: {
                status: 'pending',
                certificateNumber: mark('enrolment.certification.certificateNumber'),
                certifyingBody: mark('enrolment.certification.certifyingBody'),
              },
            },
          ),
        }),
        201,
      )
    ).id;
    const enterprise = (
      await ok(
        t().call(ngo.secretKey, 'POST', '/v1/enterprises', {
          json: enterpriseBody(ref.participant, t().org('corporate').id, {
            notes: mark('enterprise.notes'),
            seedSupport: {
              grantNpr: 1000,
              inKind: [{ item: mark('enterprise.seedSupport.inKind.item'), quantity: 1 }],
            },
            marketLinkages: [
              {
                buyerOrganizationId: t().org('corporate').id,
                since: '2026-11-01',
                product: mark('enterprise.marketLinkages.product'),
              },
            ],
          }),
        }),
        201,
      )
    ).id;
    ids = { programme, enrolment, enterprise, participant: ref.participant };
    for (const role of [
      'ngo',
      'ngo2',
      'training_institution',
      'corporate',
      'government',
      'coordinator',
    ] as const) {
      const org = t().org(role);
      credentials[`${role} secret`] = org.secretKey;
      credentials[`${role} publishable`] = org.publishableKey;
      const token = await ok(
        t().call(org.secretKey, 'POST', '/v1/tokens', { json: { userId: org.user.id } }),
        201,
      );
      credentials[`${role} staff`] = token.token;
    }
  });

  const paths = () => [
    '/v1/training-programmes',
    `/v1/training-programmes/${ids.programme}`,
    '/v1/enrolments',
    `/v1/enrolments?participantId=${ids.participant}`,
    `/v1/enrolments?programmeId=${ids.programme}`,
    `/v1/enrolments/${ids.enrolment}`,
    '/v1/enterprises',
    `/v1/enterprises/${ids.enterprise}`,
  ];

  async function scan(credential: string) {
    const texts: string[] = [];
    for (const path of paths()) {
      const first = await t().call(credential, 'GET', path);
      texts.push(first.text);
      // Follow a list to its end: the marked record may sit behind the demo programme's records.
      if (first.status === 200 && 'nextCursor' in first.body && first.body.nextCursor) {
        const all = await t().listAll(credential, path);
        texts.push(JSON.stringify(all));
      }
    }
    return texts.join('\n');
  }

  it('the entitled readers read every marker back', async () => {
    for (const who of [
      'ngo secret',
      'ngo staff',
      'training_institution secret',
      'training_institution staff',
    ]) {
      const seen = await scan(credentials[who]!);
      for (const field of ENROLMENT_FIELDS) expect(seen, `${who} ${field}`).toContain(mark(field));
    }
    for (const who of ['ngo secret', 'ngo staff']) {
      const seen = await scan(credentials[who]!);
      for (const field of ENTERPRISE_FIELDS) expect(seen, `${who} ${field}`).toContain(mark(field));
    }
  });

  it('no other role, by secret key, staff token or publishable key, sees an enrolment or enterprise marker', async () => {
    const enrolmentReaders = ['ngo', 'training_institution'];
    for (const [who, credential] of Object.entries(credentials)) {
      const [role, kind] = who.split(' ') as [string, string];
      const seen = await scan(credential);
      const forbidden = [
        ...(enrolmentReaders.includes(role) && kind !== 'publishable' ? [] : ENROLMENT_FIELDS),
        ...(role === 'ngo' && kind !== 'publishable' ? [] : ENTERPRISE_FIELDS),
      ];
      for (const field of forbidden) expect(seen, `${who} ${field}`).not.toContain(mark(field));
      if (kind === 'publishable') expect(seen, who).not.toContain(PROGRAMME_MARK);
    }
  });

  it('the corporate buyer gets code and trade, never the participant', async () => {
    for (const kind of ['secret', 'staff']) {
      const credential = credentials[`corporate ${kind}`]!;
      const one = await t().call(credential, 'GET', `/v1/enterprises/${ids.enterprise}`);
      expect(Object.keys(one.body).sort()).toEqual(['enterpriseCode', 'trade']);
      const seen = await scan(credential);
      expect(seen).not.toContain(ids.participant);
      expect(seen).not.toContain(MARK);
    }
  });

  it('no log line carries a marker', () => {
    const logs = JSON.stringify(t().logs);
    expect(logs).not.toContain(MARK);
    expect(logs).not.toContain(PROGRAMME_MARK);
  });
});
