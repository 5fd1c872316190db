import type { Story, StoryItemValue } from '../livelihood/index.js';
import type {
  PublicationItemValue,
  SupportRequest,
  SupportRequestKindValue,
  SupportRequestStatusValue,
} from '../model/index.js';
import { officeMinute } from './clock.js';
import { addConsent, type Context, type Person, withdrawConsent } from './context.js';
import type { Random } from './random.js';
import { STORY_TEXTS, SUPPORT_DESCRIPTIONS, SUPPORT_RESPONSES } from './templates.js';

/**
 * A few stories of participants who found work or run a business, each with a publication consent listing
 * exactly the items it may show. One consent is later withdrawn, and one story stays a draft.
 */
export function writeStories(ctx: Context, rng: Random, people: readonly Person[]): void {
  const { clock } = ctx;
  const eligible = people.filter(
    (p) => (p.placement && p.placementEndDay === undefined) || p.enterprise?.status === 'operating',
  );
  const count = Math.min(eligible.length, Math.max(3, Math.round(people.length * 0.02)));
  rng.sample(eligible, count).forEach((person, index) => {
    const startedOn =
      person.placement?.startDate ?? person.enterprise?.startDate ?? clock.date(person.intakeDay);
    // Written at least a month before the end, so that a withdrawal can follow.
    const latest = Math.max(0, clock.days - 31);
    const day = rng.int(Math.min(clock.dayOf(startedOn) + 30, latest), latest);
    const withPhoto = rng.chance(0.4);
    const wanted: StoryItemValue[] = [
      'text',
      'alias',
      ...(withPhoto ? (['photo'] as const) : []),
      'district',
    ];
    const consentItems: PublicationItemValue[] = ['story_text', 'first_name', 'district'];
    if (withPhoto) consentItems.push('photo');
    const at = clock.at(day, officeMinute(rng));
    const id = ctx.ids.id('story');
    const story: Story = {
      id,
      organizationId: person.ngo.id,
      participantId: person.participant.id,
      text: rng.pick(STORY_TEXTS),
      // A chosen alias, never a name: the synthetic data holds no names at all.
      alias: `Participant ${String.fromCharCode(65 + (index % 26))}${index >= 26 ? Math.floor(index / 26) : ''} (synthetic)`,
      district: person.participant.currentDistrict,
      createdAt: at,
      updatedAt: at,
    };
    if (withPhoto) story.photoRef = `photos/${id}/1.jpg`;
    if (index !== count - 1) {
      const consent = addConsent(ctx, rng, person, 'publication', day, { publicationItems: consentItems });
      story.publication = { consentId: consent.id, items: wanted };
      // The second story's consent is withdrawn: the story must disappear from public pages.
      if (index === 1 && day + 1 < clock.days) {
        withdrawConsent(clock, consent, rng.int(day + 1, clock.days - 1), officeMinute(rng));
      }
    }
    ctx.out.stories.push(story);
  });
}

const KINDS: readonly (readonly [SupportRequestKindValue, number])[] = [
  ['citizenship_documentation', 4],
  ['legal_aid', 3],
  ['shelter_space', 2],
  ['infrastructure', 1],
];

/** Support requests the NGOs address to the ministry desk, answered (or not yet) by the programme's end. */
export function supportRequests(ctx: Context, rng: Random, people: readonly Person[], count: number): void {
  const { clock } = ctx;
  const ministry = ctx.dir.government;
  for (let i = 0; i < count && people.length > 0; i++) {
    const kind = rng.weighted(KINDS);
    const person = rng.pick(people);
    const aboutPerson = kind === 'citizenship_documentation' || kind === 'legal_aid';
    const day = Math.min(clock.days - 1, person.intakeDay + rng.int(7, 90));
    const at = clock.at(day, officeMinute(rng));
    const request: SupportRequest = {
      id: ctx.ids.id('supportRequest'),
      organizationId: person.ngo.id,
      toOrganizationId: ministry.id,
      kind,
      description: SUPPORT_DESCRIPTIONS[kind],
      status: 'submitted',
      createdAt: at,
      updatedAt: at,
    };
    if (aboutPerson) {
      request.participantId = person.participant.id;
      request.district = person.participant.originDistrict;
    } else {
      request.district = person.participant.currentDistrict;
    }
    if (kind === 'shelter_space') request.places = rng.int(2, 12);
    const status: SupportRequestStatusValue = rng.weighted([
      ['submitted', 1],
      ['acknowledged', 2],
      ['in_progress', 2],
      ['fulfilled', 4],
      ['declined', 1],
      ['withdrawn', 0.5],
    ] as const);
    const replyDay = day + rng.int(3, 60);
    if (status !== 'submitted' && replyDay < clock.days) {
      const replyAt = clock.at(replyDay, officeMinute(rng));
      request.status = status;
      request.updatedAt = replyAt;
      if (status !== 'withdrawn') {
        request.response = SUPPORT_RESPONSES[status];
        request.respondedAt = replyAt;
      }
    }
    ctx.out.supportRequests.push(request);
  }
}
