import { openProgrammeDatabase } from './src/store/list-plans.fixture.js';
const t = performance.now();
const { db } = await openProgrammeDatabase({ participants: 250, copies: Number(process.argv[2]), ...(process.env.PG ? { databaseUrl: process.env.PG } : {}) });
console.log('ms', Math.round(performance.now() - t));
console.log(await db.query(`select (select count(*) from participants) p, (select count(*) from referrals) r, (select count(*) from consents) c, (select count(*) from audit_log) a, (select count(*) from follow_ups) f`));
console.log(await db.query(`select id, data->>'consentId' as c, (select count(*) from consents x where x.id = r.data->>'consentId') as found from referrals r order by seq desc limit 3`));
await db.close();
