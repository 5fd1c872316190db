/**
 * Stories (issue 11): the publication consent a story names, as a generated column of its document so
 * that the public list joins the consent inside its query; and `story_photos`, the re-encoded bytes of a
 * story's photo (one per story, replaced on upload). Only the registry writes a photo: what it stores has
 * been decoded and re-encoded, so no EXIF, GPS, XMP, ICC or comment of the upload survives.
 */
export const stories = `
alter table stories add column publication_consent_id text
  generated always as (data->'publication'->>'consentId') stored;
create index stories_publication on stories (publication_consent_id) where publication_consent_id is not null;

create table story_photos (
  story_id text primary key references stories (id) on delete cascade,
  content_type text not null check (content_type in ('image/jpeg', 'image/png', 'image/webp')),
  bytes bytea not null,
  width integer not null,
  height integer not null,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
`;
