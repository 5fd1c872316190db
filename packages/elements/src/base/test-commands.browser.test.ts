import { createClient } from '@nayabato/client';
import { describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';

// The browser commands the NGO and HR components' tests stand on (packages/elements/test/commands.ts):
// a staff token issued from Node works from this page's origin.

describe('browser test commands', () => {
  it('staffToken: an NGO user’s token lists its participants from this origin', async () => {
    const { token, organizationId, registryUrl } = await commands.staffToken('ngo');
    expect(token).toMatch(/^st_/);
    const client = createClient({ baseUrl: registryUrl, apiKey: token });
    const participants = await client.participants.list({ limit: 5 }).toArray({ limit: 5 });
    expect(participants.length).toBeGreaterThan(0);
    expect(organizationId).toMatch(/^org_/);
    // The same request with no credential is refused: the token is what opened it.
    const bare = await fetch(`${registryUrl}/v1/participants?limit=1`);
    expect(bare.status).toBe(401);
  });
});
