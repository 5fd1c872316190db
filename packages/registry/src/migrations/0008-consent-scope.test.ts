import { DEFAULT_MIGRATED_CONSENT_SCOPE } from '@nayabato/core';
import { describe, expect, it } from 'vitest';
import { migrate } from '../db/migrate.js';
import { backends, reportPostgresNotRun } from '../registry.fixture.js';
import { MIGRATIONS } from './index.js';
import { emptyDatabases } from './migration-test.fixture.js';

const BEFORE = MIGRATIONS.filter((m) => m.version < 8);

for (const backend of backends()) {
  describe(`migration 8, consent scope [${backend}]`, () => {
    const open = emptyDatabases(backend);

    it('gives sharing consents recorded without a scope the documented default, and nothing else', async () => {
      const db = await open();
      await migrate(db, BEFORE);
      await db.query(
        `insert into organizations (id, name, role, data) values ('org_a', 'A', 'ngo', '{}'), ('org_b', 'B', 'ngo', '{}')`,
      );
      await db.query(`insert into participants (id, org_id, data) values ('pt_1', 'org_a', '{}')`);
      const consent = (id: string, purpose: string, extra: Record<string, unknown>) =>
        db.query(
          `insert into consents (id, participant_id, org_id, purpose, data, updated_at)
           values ($1, 'pt_1', 'org_a', $2, $3, '2026-01-01T00:00:00Z')`,
          [id, purpose, JSON.stringify({ participantId: 'pt_1', purpose, ...extra })],
        );
      await consent('cns_old', 'sharing', { recipientOrganizationId: 'org_b' });
      await consent('cns_scoped', 'sharing', { recipientOrganizationId: 'org_b', scope: ['notes'] });
      await consent('cns_services', 'services', {});
      expect(await migrate(db)).toEqual(MIGRATIONS.filter((m) => m.version >= 8).map((m) => m.version));
      const rows = await db.query<{ id: string; scope: unknown; moved: boolean }>(
        `select id, data->'scope' as scope, updated_at > '2026-01-01T00:00:00Z' as moved from consents order by id`,
      );
      expect(rows).toEqual([
        { id: 'cns_old', scope: [...DEFAULT_MIGRATED_CONSENT_SCOPE], moved: true },
        { id: 'cns_scoped', scope: ['notes'], moved: false },
        { id: 'cns_services', scope: null, moved: false },
      ]);
      expect(DEFAULT_MIGRATED_CONSENT_SCOPE).toEqual(['profile']);
    });
  });
}
reportPostgresNotRun('migration 8, consent scope');
