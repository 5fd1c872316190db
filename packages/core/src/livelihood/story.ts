import * as z from 'zod/mini';
import { DistrictSchema } from '../geography/index.js';
import { defineEnum, type EnumValue } from '../i18n/enumeration.js';
import {
  type Consent,
  consentCovers,
  type FieldSensitivity,
  FreeTextSchema,
  IsoDateTimeSchema,
  idSchema,
  type PublicationItemValue,
  ShortTextSchema,
} from '../model/index.js';
import { rule, unique } from './rules.js';

/**
 * The parts of a story that can be published, each only if a publication consent covers it.
 *
 * @example
 * ```ts
 * StoryItem.label('alias', 'en'); // 'Alias'
 * ```
 */
export const StoryItem = defineEnum('story.item', {
  text: { en: 'Story text', ne: 'कथाको पाठ' },
  photo: { en: 'Photo', ne: 'तस्बिर' },
  alias: { en: 'Alias', ne: 'उपनाम' },
  district: { en: 'District', ne: 'जिल्ला' },
});
/** One of the {@link StoryItem} values. */
export type StoryItemValue = EnumValue<typeof StoryItem>;

/**
 * The consent item (`Consent.publicationItems`) that must be listed for each story item: an alias is a
 * chosen name, so it needs `first_name` ("first name or chosen name").
 *
 * @example
 * ```ts
 * STORY_ITEM_CONSENT_ITEM.alias; // 'first_name'
 * ```
 */
export const STORY_ITEM_CONSENT_ITEM: Readonly<Record<StoryItemValue, PublicationItemValue>> = Object.freeze({
  text: 'story_text',
  photo: 'photo',
  alias: 'first_name',
  district: 'district',
});

/**
 * A reference to a stored photo: an opaque storage key (never a URL with personal data in it), e.g.
 * `photos/sty_0123456789/1.jpg`. The registry strips EXIF and GPS metadata before storing the photo.
 *
 * @example
 * ```ts
 * PhotoRefSchema.safeParse('photos/sty_0123456789/1.jpg').success; // true
 * ```
 */
export const PhotoRefSchema = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,199}$/, 'storage key'));

/**
 * Which publication consent a story is published under, and which of its items the story asks to
 * publish. What is actually published is decided by {@link publishableStory} against the consent itself.
 *
 * @example
 * ```ts
 * StoryPublicationSchema.parse({ consentId: 'cns_0123456789', items: ['text', 'alias'] });
 * ```
 */
export const StoryPublicationSchema = z.strictObject({
  consentId: idSchema('consent'),
  items: z.array(StoryItem.schema).check(
    z.maxLength(StoryItem.values.length),
    rule<string[]>('duplicate_item', [], (items) => unique(items, (i) => i)),
  ),
});
/** The publication part of a story. */
export type StoryPublication = z.infer<typeof StoryPublicationSchema>;

const fields = {
  participantId: idSchema('participant'),
  text: FreeTextSchema.check(z.minLength(1), z.regex(/\S/, 'text')),
  photoRef: z.optional(PhotoRefSchema),
  /** A chosen name to publish instead of the person's name. Never the real name. */
  alias: z.optional(ShortTextSchema),
  district: z.optional(DistrictSchema),
  /** Absent while the story is a draft without a publication consent. */
  publication: z.optional(StoryPublicationSchema),
};

/**
 * A stored story of a participant (by pseudonymous id): text, an optional photo, alias and district,
 * and the publication consent it may be published under.
 *
 * @example
 * ```ts
 * const story = StorySchema.parse(record);
 * ```
 */
export const StorySchema = z.strictObject({
  id: idSchema('story'),
  organizationId: idSchema('organization'),
  ...fields,
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
});
/** A stored story. */
export type Story = z.infer<typeof StorySchema>;

/**
 * What the NGO sends to record a story (no `id`, `organizationId`, `createdAt`, `updatedAt`).
 *
 * @example
 * ```ts
 * const result = validate(StoryInputSchema, body);
 * ```
 */
export const StoryInputSchema = z.strictObject(fields);
/** The input to record a story. */
export type StoryInput = z.infer<typeof StoryInputSchema>;

/**
 * The sensitivity of every field of a story. Everything is sensitive until {@link publishableStory}
 * decides, item by item, what a valid consent lets out.
 *
 * @example
 * ```ts
 * redact(story, storyFieldSensitivity, 'internal');
 * ```
 */
export const storyFieldSensitivity: FieldSensitivity<Story> = Object.freeze({
  id: 'internal',
  organizationId: 'internal',
  participantId: 'sensitive',
  text: 'free_text',
  photoRef: 'sensitive',
  alias: 'sensitive',
  district: 'sensitive',
  publication: 'internal',
  createdAt: 'internal',
  updatedAt: 'internal',
});

/**
 * The public form of a story: its id and only the items a valid publication consent covers.
 *
 * @example
 * ```ts
 * PublishableStorySchema.parse({ id: 'sty_0123456789', items: ['text'], text: 'I opened a tailoring shop.' });
 * ```
 */
export const PublishableStorySchema = z.strictObject({
  id: idSchema('story'),
  /** The items published, in the order of {@link StoryItem}. */
  items: z.array(StoryItem.schema),
  text: z.optional(FreeTextSchema),
  photoRef: z.optional(PhotoRefSchema),
  alias: z.optional(ShortTextSchema),
  district: z.optional(DistrictSchema),
});
/** The public form of a story. */
export type PublishableStory = z.infer<typeof PublishableStorySchema>;

/**
 * What of a story may be published at `at`: each item the story asks to publish, has a value, and is
 * covered by the story's own publication consent (`story.publication.consentId`, of the same
 * participant), checked with `consentCovers` (given by then, not withdrawn or expired, informed-consent
 * checks complete or overridden, item listed; see {@link STORY_ITEM_CONSENT_ITEM}). Returns `undefined`
 * when nothing may be published, so a withdrawal removes the story at the next load.
 *
 * @param consents - the participant's consents; others are ignored
 * @param at - the moment of publication, an ISO instant or a Date
 * @example
 * ```ts
 * const cards = stories.map((s) => publishableStory(s, consents, new Date())).filter((s) => s !== undefined);
 * ```
 */
export function publishableStory(
  story: Story,
  consents: readonly Consent[],
  at: string | Date,
): PublishableStory | undefined {
  const publication = story.publication;
  if (!publication) return undefined;
  const own = consents.filter(
    (c) => c.id === publication.consentId && c.participantId === story.participantId,
  );
  if (own.length === 0) return undefined;
  const covered = (item: StoryItemValue) =>
    publication.items.includes(item) &&
    consentCovers({
      participantId: story.participantId,
      consents: own,
      purpose: 'publication',
      item: STORY_ITEM_CONSENT_ITEM[item],
      at,
    }).covered;
  const out: { -readonly [K in keyof PublishableStory]: PublishableStory[K] } = { id: story.id, items: [] };
  if (story.text && covered('text')) {
    out.items.push('text');
    out.text = story.text;
  }
  if (story.photoRef && covered('photo')) {
    out.items.push('photo');
    out.photoRef = story.photoRef;
  }
  if (story.alias && covered('alias')) {
    out.items.push('alias');
    out.alias = story.alias;
  }
  if (story.district && covered('district')) {
    out.items.push('district');
    out.district = story.district;
  }
  return out.items.length > 0 ? out : undefined;
}
