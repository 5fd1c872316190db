import { beforeAll, expect, it } from 'vitest';
import { describeRegistry } from '../registry.fixture.js';
import {
  enrolmentBody,
  enterpriseBody,
  ok,
  programmeBody,
  referredParticipant,
} from '../routes/livelihood.fixture.js';

/**
 * The role × resource matrix of docs/access-policy.md for training programmes, enrolments and
 * enterprises: what each role reads and changes. Collections a role may not use answer 403; records it
 * may not see answer 404 (existence does not leak).
 */
describeRegistry('role × resource matrix: training and enterprises', (t) => {
  let ids: { programme: string; draftProgramme: string; enrolment: string; enterprise: string };
  let bodies: { programme: unknown; enrolment: unknown; enterprise: unknown };

  beforeAll(async () => {
    const ti = t().org('training_institution');
    const ngo = t().org('ngo');
    const post = (key: string, path: string, json: unknown) =>
      ok(t().call(key, 'POST', path, { json }), 201, path);
    const programme = (await post(ti.secretKey, '/v1/training-programmes', programmeBody(ti.id))).id;
    const draftProgramme = (
      await post(ti.secretKey, '/v1/training-programmes', programmeBody(ti.id, { published: false }))
    ).id;
    const ref = await referredParticipant(t(), ['accept']);
    const enrolment = (await post(ti.secretKey, '/v1/enrolments', enrolmentBody({ programme, ...ref }))).id;
    const enterprise = (
      await post(ngo.secretKey, '/v1/enterprises', enterpriseBody(ref.participant, t().org('corporate').id))
    ).id;
    ids = { programme, draftProgramme, enrolment, enterprise };
    bodies = {
      programme: programmeBody(ti.id),
      enrolment: enrolmentBody({ programme, ...ref }),
      enterprise: enterpriseBody(ref.participant),
    };
  });

  const records = () => [
    `/v1/training-programmes/${ids.programme}`,
    `/v1/training-programmes/${ids.draftProgramme}`,
    `/v1/enrolments/${ids.enrolment}`,
    `/v1/enterprises/${ids.enterprise}`,
  ];
  const collections = ['/v1/training-programmes', '/v1/enrolments', '/v1/enterprises'];

  // [published programme, unpublished programme, enrolment, enterprise] and [the three collections].
  const expected = {
    ngo: { read: [200, 404, 200, 200], list: [200, 200, 200], write: [403, 403, 201] },
    ngo2: { read: [200, 404, 404, 404], list: [200, 200, 200], write: [403, 403, 422] },
    training_institution: { read: [200, 200, 200, 404], list: [200, 200, 403], write: [201, 201, 403] },
    corporate: { read: [200, 404, 404, 200], list: [200, 403, 200], write: [403, 403, 403] },
    government: { read: [200, 404, 404, 404], list: [200, 403, 403], write: [403, 403, 403] },
    coordinator: { read: [200, 404, 404, 404], list: [200, 403, 403], write: [403, 403, 403] },
  } as const;

  for (const [role, want] of Object.entries(expected)) {
    it(`${role}: reads, lists and creates exactly what the policy allows`, async () => {
      const org = t().org(role as keyof typeof expected);
      const read = [];
      for (const path of records()) read.push((await t().call(org.secretKey, 'GET', path)).status);
      expect(read).toEqual(want.read);
      const list = [];
      for (const path of collections) list.push((await t().call(org.secretKey, 'GET', path)).status);
      expect(list).toEqual(want.list);
      const write = [];
      const programme = role === 'training_institution' ? bodies.programme : programmeBody(org.id);
      write.push(
        (await t().call(org.secretKey, 'POST', '/v1/training-programmes', { json: programme })).status,
      );
      // The referral already has its enrolment: a second one from it is allowed (another programme, a retake).
      write.push(
        (await t().call(org.secretKey, 'POST', '/v1/enrolments', { json: bodies.enrolment })).status,
      );
      write.push(
        (await t().call(org.secretKey, 'POST', '/v1/enterprises', { json: bodies.enterprise })).status,
      );
      expect(write).toEqual(want.write);
    });
  }

  it('publishable keys read and write none of it (403)', async () => {
    for (const role of Object.keys(expected) as (keyof typeof expected)[]) {
      const pk = t().org(role).publishableKey;
      for (const path of [...records(), ...collections])
        expect((await t().call(pk, 'GET', path)).status, `${role} ${path}`).toBe(403);
      expect((await t().call(pk, 'POST', '/v1/enterprises', { json: bodies.enterprise })).status).toBe(403);
    }
  });

  it('edits: only the recording organisation (403 for a reader, 404 for one that cannot see it)', async () => {
    const edits = [
      [`/v1/training-programmes/${ids.programme}`, bodies.programme],
      [`/v1/enrolments/${ids.enrolment}`, bodies.enrolment],
      [`/v1/enterprises/${ids.enterprise}`, bodies.enterprise],
    ] as const;
    // The NGO goes last: its edit drops the market linkage, and with it the buyer's view.
    const want = {
      ngo2: [403, 404, 404],
      training_institution: [200, 200, 404],
      corporate: [403, 404, 403],
      government: [403, 404, 404],
      coordinator: [403, 404, 404],
      ngo: [403, 403, 200],
    } as const;
    for (const [role, statuses] of Object.entries(want)) {
      const key = t().org(role as keyof typeof want).secretKey;
      const got = [];
      for (const [path, json] of edits) got.push((await t().call(key, 'PUT', path, { json })).status);
      expect(got, role).toEqual(statuses);
    }
  });
});
