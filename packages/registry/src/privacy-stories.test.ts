import { beforeAll, expect, it } from 'vitest';
import { staffToken } from './privacy.fixture.js';
import { describeRegistry, participantBody } from './registry.fixture.js';
import { fetchPhoto, publishableParticipant, taggedJpeg, uploadPhoto } from './routes/stories.fixture.js';

/** Every story field carries a marker naming it; a marker may leave the NGO only as a consented item. */
const mark = (field: string) => `ZQXSTORY:${field}`;

/**
 * The marker test for stories: text, alias and photo metadata of two stories carry markers. Story A's
 * consent covers its text only; story B has no publication at all. No publishable key, no other
 * organisation (secret key or staff token) and no log line sees any marker but A's text; the registering
 * NGO reads every one back.
 */
describeRegistry('privacy markers: stories', (t) => {
  let a: string;
  let b: string;
  let participant: string;
  const tokens: string[] = [];
  const FORBIDDEN = [
    mark('a.alias'),
    mark('a.photo'),
    mark('b.text'),
    mark('b.alias'),
    mark('b.photo'),
    mark('participant.notes'),
  ];

  beforeAll(async () => {
    const key = t().org('ngo').secretKey;
    const ids = await publishableParticipant(t(), key, ['story_text']);
    participant = ids.participant;
    await t().call(key, 'PUT', `/v1/participants/${participant}`, {
      json: participantBody({ notes: mark('participant.notes') }),
    });
    const story = async (name: string, publication?: unknown) => {
      const res = await t().call(key, 'POST', '/v1/stories', {
        json: {
          participantId: participant,
          text: mark(`${name}.text`),
          alias: mark(`${name}.alias`),
          district: 'Sindhupalchok',
          ...(publication ? { publication } : {}),
        },
      });
      expect(res.status, res.text).toBe(201);
      const up = await uploadPhoto(
        t(),
        key,
        res.body.id,
        await taggedJpeg(mark(`${name}.photo`)),
        'image/jpeg',
      );
      expect(up.status).toBe(200);
      return res.body.id as string;
    };
    a = await story('a', { consentId: ids.consent, items: ['text', 'photo', 'alias', 'district'] });
    b = await story('b');
    for (const role of ['ngo2', 'training_institution', 'corporate', 'government', 'coordinator'] as const) {
      const org = t().org(role);
      tokens.push(org.secretKey, await staffToken(t(), org.secretKey, org.user.id));
    }
  });

  /** Every read of stories with `credential`: the texts and photo bytes it gets. */
  async function scan(credential: string): Promise<string> {
    const texts: string[] = [];
    for (const path of [
      '/v1/stories',
      `/v1/stories?organization=${t().org('ngo').id}`,
      `/v1/stories/${a}`,
      `/v1/stories/${b}`,
    ]) {
      texts.push((await t().call(credential, 'GET', path)).text);
    }
    for (const id of [a, b])
      texts.push(Buffer.from((await fetchPhoto(t(), credential, id)).bytes).toString('latin1'));
    return texts.join('\n');
  }

  it('no publishable key sees anything but story A’s consented text', async () => {
    for (const role of [
      'ngo',
      'ngo2',
      'training_institution',
      'corporate',
      'government',
      'coordinator',
    ] as const) {
      const seen = await scan(t().org(role).publishableKey);
      // Not vacuous: the consented item is there.
      expect(seen, role).toContain(mark('a.text'));
      for (const m of [...FORBIDDEN, participant]) expect(seen, `${role} publishable: ${m}`).not.toContain(m);
      // A's photo is not consented (only its text): 404.
      expect((await fetchPhoto(t(), t().org(role).publishableKey, a)).status).toBe(404);
    }
  });

  it('no other organisation sees any story marker, with a secret key or a staff token', async () => {
    for (const credential of tokens) {
      const seen = await scan(credential);
      for (const m of [...FORBIDDEN, mark('a.text'), participant]) expect(seen).not.toContain(m);
    }
  });

  it('the registering NGO reads every marker back, none in the photo bytes', async () => {
    const key = t().org('ngo').secretKey;
    const seen = [
      await t().call(key, 'GET', `/v1/stories/${a}`),
      await t().call(key, 'GET', `/v1/stories/${b}`),
    ]
      .map((r) => r.text)
      .join('\n');
    for (const m of ['a.text', 'a.alias', 'b.text', 'b.alias']) expect(seen).toContain(mark(m));
    for (const id of [a, b]) {
      const photo = await fetchPhoto(t(), key, id);
      expect(photo.status).toBe(200);
      expect(Buffer.from(photo.bytes).includes('ZQXSTORY')).toBe(false);
    }
  });

  it('writes no marker and no participant id to the logs', () => {
    expect(t().logs.length).toBeGreaterThan(20);
    const text = JSON.stringify(t().logs);
    for (const m of ['ZQXSTORY', participant]) expect(text).not.toContain(m);
  });
});
