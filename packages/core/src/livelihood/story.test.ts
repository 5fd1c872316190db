import { describe, expect, it } from 'vitest';
import { ConsentSchema } from '../model/index.js';
import { validate } from '../validation/index.js';
import { PARTICIPANT, publicationConsent, story } from './records.fixture.js';
import { PublishableStorySchema, publishableStory, StorySchema } from './story.js';

const AFTER = '2026-06-01T00:00:00Z';

describe('story', () => {
  it('accepts the sample and refuses a repeated item', () => {
    expect(validate(StorySchema, story()).ok).toBe(true);
    const result = validate(
      StorySchema,
      story({ publication: { consentId: 'cns_publish0001', items: ['text', 'text'] } }),
    );
    expect(!result.ok && result.issues.map((i) => `${i.pointer} ${i.code}`)).toEqual([
      '/publication/items duplicate_item',
    ]);
  });
});

describe('publishableStory', () => {
  it('uses a valid consent fixture', () => {
    expect(validate(ConsentSchema, publicationConsent()).ok).toBe(true);
  });

  it('returns only the items the consent covers, never the participant', () => {
    // The consent covers the text and a chosen name, not the photo or the district.
    const out = publishableStory(story(), [publicationConsent()], AFTER);
    expect(out).toEqual({
      id: 'sty_0000000001',
      items: ['text', 'alias'],
      text: 'After the course I opened a small tailoring shop.',
      alias: 'Participant A (synthetic)',
    });
    expect(validate(PublishableStorySchema, out).ok).toBe(true);
    expect(JSON.stringify(out)).not.toContain(PARTICIPANT);
  });

  it('publishes only what the story itself asks for', () => {
    const s = story({ publication: { consentId: 'cns_publish0001', items: ['text'] } });
    const consent = publicationConsent({
      publicationItems: ['story_text', 'first_name', 'photo', 'district'],
    });
    expect(publishableStory(s, [consent], AFTER)?.items).toEqual(['text']);
    expect(publishableStory(story(), [consent], AFTER)?.items).toEqual([
      'text',
      'photo',
      'alias',
      'district',
    ]);
  });

  it('publishes nothing once the consent is withdrawn, expired or not yet given', () => {
    expect(
      publishableStory(story(), [publicationConsent({ withdrawnAt: '2026-05-20T00:00:00Z' })], AFTER),
    ).toBeUndefined();
    expect(
      publishableStory(story(), [publicationConsent({ expiresAt: '2026-05-31T00:00:00Z' })], AFTER),
    ).toBeUndefined();
    expect(publishableStory(story(), [publicationConsent()], '2026-04-01T00:00:00Z')).toBeUndefined();
    // Withdrawal takes effect at its instant.
    const at = '2026-05-20T00:00:00Z';
    expect(publishableStory(story(), [publicationConsent({ withdrawnAt: at })], at)).toBeUndefined();
    expect(
      publishableStory(story(), [publicationConsent({ withdrawnAt: at })], '2026-05-19T23:59:59Z'),
    ).toBeDefined();
  });

  it('ignores other consents: another id, another participant, another purpose, incomplete checks', () => {
    expect(publishableStory(story(), [publicationConsent({ id: 'cns_other00001' })], AFTER)).toBeUndefined();
    expect(
      publishableStory(story(), [publicationConsent({ participantId: 'pt_someone0001' })], AFTER),
    ).toBeUndefined();
    const services = publicationConsent({ purpose: 'services', publicationItems: undefined });
    expect(publishableStory(story(), [services], AFTER)).toBeUndefined();
    const unchecked = publicationConsent({
      checks: { ...publicationConsent().checks, withdrawalExplained: false },
    });
    expect(publishableStory(story(), [unchecked], AFTER)).toBeUndefined();
  });

  it('publishes nothing for a draft without a publication consent', () => {
    expect(
      publishableStory(story({ publication: undefined }), [publicationConsent()], AFTER),
    ).toBeUndefined();
  });
});
