/**
 * The eighth schema change, a data update: a sharing consent now names what it shares (`scope`, see
 * core's `ConsentScope`). Sharing consents recorded before had none; they get the conservative default
 * `["profile"]` (core's `DEFAULT_MIGRATED_CONSENT_SCOPE`): the receiver keeps the structured profile
 * but no longer reads the needs assessment, the plan or any free text until the participant is asked
 * again and a new consent names them (docs/decisions/2026-12-06-consent-scope.md). `updated_at` moves
 * so that a client syncing with `updatedSince` fetches the scoped record.
 */
export const consentScope = `
update consents set data = jsonb_set(data, '{scope}', '["profile"]'::jsonb), updated_at = now()
  where purpose = 'sharing' and data->'scope' is null;
`;
