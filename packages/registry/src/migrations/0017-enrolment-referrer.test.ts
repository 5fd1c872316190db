import { describe, expect, it } from 'vitest';
import { migrate } from '../db/migrate.js';
import { backends, reportPostgresNotRun } from '../registry.fixture.js';
import { MIGRATIONS } from './index.js';
import { emptyDatabases } from './migration-test.fixture.js';

const BEFORE = MIGRATIONS.filter((m) => m.version < 17);

for (const backend of backends()) {
  describe(`migration 17, an enrolment's referring NGO [${backend}]`, () => {
    const open = emptyDatabases(backend);

    it('fills it for existing enrolments from their referral, else their participant', async () => {
      const db = await open();
      await migrate(db, BEFORE);
      await db.query(
        `insert into organizations (id, name, role, data) values
           ('org_ngo', 'N', 'ngo', '{}'), ('org_ngo2', 'M', 'ngo', '{}'), ('org_ti', 'T', 'training_institution', '{}')`,
      );
      await db.query(
        `insert into participants (id, org_id, data) values ('pt_1', 'org_ngo', '{}'), ('pt_2', 'org_ngo2', '{}')`,
      );
      await db.query(
        `insert into referrals (id, participant_id, from_org, to_org, status, data)
         values ('ref_1', 'pt_1', 'org_ngo', 'org_ti', 'accepted', '{}')`,
      );
      await db.query(
        `insert into enrolments (id, org_id, participant_id, data) values
           ('enr_1', 'org_ti', 'pt_1', '{"referralId":"ref_1"}'), ('enr_2', 'org_ti', 'pt_2', '{}')`,
      );
      expect(await migrate(db)).toEqual(MIGRATIONS.filter((m) => m.version >= 17).map((m) => m.version));
      expect(await db.query('select id, referrer_org from enrolments order by id')).toEqual([
        { id: 'enr_1', referrer_org: 'org_ngo' },
        { id: 'enr_2', referrer_org: 'org_ngo2' },
      ]);
    });
  });
}
reportPostgresNotRun('migration 17, an enrolment’s referring NGO');
