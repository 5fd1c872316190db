import { expect, it } from 'vitest';
import { describeRegistry, type Json, participantBody } from '../registry.fixture.js';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

describeRegistry(
  'retention: cases closed longer than the period are anonymised by the sweep',
  (t) => {
    const ngo = () => t().org('ngo');
    const ti = () => t().org('training_institution');

    async function participant(note: string, plans: (string | null)[], openReferral = false) {
      const key = ngo().secretKey;
      const p = await t().call(key, 'POST', '/v1/participants', { json: participantBody({ notes: note }) });
      expect(p.status).toBe(201);
      // The registry sweeps every second while this runs: the referral comes first and each plan is
      // ended only after all exist, so that no intermediate state looks closed.
      if (openReferral) {
        const ref = await t().call(key, 'POST', '/v1/referrals', {
          json: {
            participantId: p.body.id,
            toOrganizationId: ti().id,
            serviceType: 'counselling',
            reason: note,
          },
        });
        expect(ref.status).toBe(201);
      }
      const body = (ended: string | null) => ({
        participantId: p.body.id,
        goals: [{ key: 'g1', area: 'livelihood', description: `Goal ${note}`, status: 'achieved' }],
        actions: [],
        reviews: [],
        ...(ended ? { actualEndDate: ended } : {}),
      });
      const ids: string[] = [];
      for (const _ of plans) {
        const plan = await t().call(key, 'POST', '/v1/livelihood-plans', { json: body(null) });
        expect(plan.status, JSON.stringify(plan.body)).toBe(201);
        ids.push(plan.body.id);
      }
      for (const [i, ended] of plans.entries()) {
        if (!ended) continue;
        const res = await t().call(key, 'PUT', `/v1/livelihood-plans/${ids[i]}`, { json: body(ended) });
        expect(res.status, JSON.stringify(res.body)).toBe(200);
      }
      return p.body.id as string;
    }

    const exported = async (id: string): Promise<Json> => {
      const res = await t().call(ngo().secretKey, 'GET', `/v1/participants/${id}/export`);
      expect(res.status).toBe(200);
      return res.body;
    };

    it('anonymises only cases whose every plan ended longer ago than the period, with no referral open', async () => {
      const closedLongAgo = await participant('RETAIN-A closed long ago', [daysAgo(100), daysAgo(200)]);
      const closedRecently = await participant('RETAIN-B closed recently', [daysAgo(100), daysAgo(5)]);
      const openReferral = await participant('RETAIN-C open referral', [daysAgo(100)], true);
      const noPlan = await participant('RETAIN-D no plan', []);
      const planOpen = await participant('RETAIN-E one plan open', [daysAgo(100), null]);

      // The running registry sweeps every second (retentionSweepSeconds: 1).
      const deadline = Date.now() + 20_000;
      let erased: Json = null;
      while (Date.now() < deadline) {
        erased = (await exported(closedLongAgo)).erasure;
        if (erased) break;
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(erased).toMatchObject({ trigger: 'retention', erasedAt: expect.any(String) });
      const a = await exported(closedLongAgo);
      expect(JSON.stringify(a.participant)).not.toContain('RETAIN-A');
      expect(JSON.stringify(a.livelihoodPlans)).not.toContain('RETAIN-A');
      expect(a.livelihoodPlans).toHaveLength(2);
      expect(a.participant.currentDistrict).toBeDefined();

      // Give the sweep another round: the others stay as they are.
      await new Promise((r) => setTimeout(r, 1500));
      for (const [id, note] of [
        [closedRecently, 'RETAIN-B'],
        [openReferral, 'RETAIN-C'],
        [noPlan, 'RETAIN-D'],
        [planOpen, 'RETAIN-E'],
      ] as const) {
        const doc = await exported(id);
        expect(doc.erasure, note).toBeNull();
        expect(doc.participant.notes, note).toContain(note);
      }
      const audit = await t().registry.db.query<{ actor_org: string; purpose: string; detail: Json }>(
        "select actor_org, purpose, detail from audit_log where action = 'erase' and participant_id = $1",
        [closedLongAgo],
      );
      expect(audit).toEqual([
        {
          actor_org: 'system',
          purpose: 'retention',
          detail: expect.objectContaining({ trigger: 'retention', retentionDays: 30 }),
        },
      ]);
    });
  },
  { settings: { retentionDays: 30, retentionSweepSeconds: 1 }, demoParticipants: 20 },
);
