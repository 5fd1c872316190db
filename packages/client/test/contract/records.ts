/** Contract scenarios: participants, consents, needs assessments and livelihood plans. */
import { describe, expect, it } from 'vitest';
import {
  ApiValidationError,
  ConflictError,
  PermissionError,
  RequestValidationError,
} from '../../src/index.js';
import { assessmentInput, consentInput, participantInput, planInput } from './inputs.fixture.js';
import { covered, org, secretClient } from './setup.fixture.js';

export function recordScenarios(): void {
  describe('participants', () => {
    it('registers, reads, replaces, lists and searches', async () => {
      const ngo = secretClient('ngo2');
      const created = await ngo.participants.create(participantInput);
      expect(created.id).toMatch(/^pt_/);
      expect(created.organizationId).toBe(org('ngo2').id);
      await expect(ngo.participants.get(created.id)).resolves.toMatchObject({
        id: created.id,
        category: 'at_risk',
      });
      const replaced = await ngo.participants.update(created.id, {
        ...participantInput,
        educationLevel: 'lower_secondary',
      });
      expect(replaced.educationLevel).toBe('lower_secondary');
      const listed = await ngo.participants.list({ limit: 1 }).toArray({ limit: 50 });
      expect(listed.map((p) => p.id)).toContain(created.id);
      const found = await ngo.participants
        .search({ currentDistrict: 'Kathmandu', ageBand: '18-20' })
        .toArray({ limit: 50 });
      expect(found.map((p) => p.id)).toContain(created.id);
      const pages: number[] = [];
      for await (const page of ngo.participants.search({ limit: 1 }).pages()) pages.push(page.items.length);
      expect(pages.length).toBeGreaterThanOrEqual(1);
    });

    it('checks a body locally with core’s schema, before sending anything', async () => {
      const ngo = secretClient('ngo2');
      const before = new Set(covered);
      let requests = 0;
      ngo.on('request', () => requests++);
      const error = await ngo.participants
        .create({ ...participantInput, ageBand: 'about twenty' } as never)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RequestValidationError);
      const issue = (error as RequestValidationError).issues.find((i) => i.pointer === '/ageBand');
      expect(issue?.code).toBe('invalid_value');
      expect(issue?.message.ne).toMatch(/[\u0900-\u097F]/);
      expect(requests).toBe(0);
      expect(covered).toEqual(before);
    });

    it('reports the registry’s 422 field issues when local validation is off', async () => {
      const ngo = secretClient('ngo2', { validate: false });
      const error = await ngo.participants
        .create({ ...participantInput, ageBand: 'x' } as never)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiValidationError);
      expect(error).not.toBeInstanceOf(RequestValidationError);
      const e = error as ApiValidationError;
      expect(e.status).toBe(422);
      expect(e.code).toBe('validation-failed');
      expect(e.issues.map((i) => i.pointer)).toContain('/ageBand');
      expect(e.requestId).toBeTruthy();
    });

    it('validates a training institution’s redacted views as views (validate: all), lists and gets alike', async () => {
      const training = secretClient('training_institution', { validate: 'all' });
      const listed = await training.participants.list().toArray({ limit: 5 });
      expect(listed.length).toBeGreaterThan(0);
      const first = listed[0]!;
      // Redacted: no district, no free text, no birth year for a training institution.
      expect(Object.keys(first)).not.toContain('currentDistrict');
      expect(Object.keys(first)).not.toContain('notes');
      const one = await training.participants.get(first.id);
      expect(one).toEqual(first);
      const searched = await training.participants.search({ limit: 2 }).toArray({ limit: 2 });
      expect(searched.length).toBeGreaterThan(0);
    });

    it('refuses participants to a corporate partner (403)', async () => {
      await expect(
        secretClient('corporate').participants.list().toArray({ limit: 1 }),
      ).rejects.toBeInstanceOf(PermissionError);
    });
  });

  describe('consents, needs assessments, livelihood plans', () => {
    it('records, reads, lists and withdraws a consent; a second withdrawal conflicts', async () => {
      const ngo = secretClient('ngo2');
      const participant = await ngo.participants.create(participantInput);
      const consent = await ngo.consents.create(consentInput(participant.id));
      await expect(ngo.consents.get(consent.id)).resolves.toMatchObject({
        id: consent.id,
        purpose: 'services',
      });
      const mine = await ngo.consents.list({ participantId: participant.id }).toArray({ limit: 10 });
      expect(mine.map((c) => c.id)).toEqual([consent.id]);
      const withdrawn = await ngo.consents.withdraw(consent.id);
      expect(withdrawn.withdrawnAt).toBeTruthy();
      const again = await ngo.consents.withdraw(consent.id).catch((e: unknown) => e);
      expect(again).toBeInstanceOf(ConflictError);
    });

    it('records, reads, replaces and lists needs assessments and livelihood plans', async () => {
      const ngo = secretClient('ngo2');
      const participant = await ngo.participants.create(participantInput);
      const assessment = await ngo.needsAssessments.create(assessmentInput(participant.id));
      await expect(ngo.needsAssessments.get(assessment.id)).resolves.toMatchObject({ id: assessment.id });
      const revised = await ngo.needsAssessments.update(assessment.id, {
        ...assessmentInput(participant.id),
        notes: 'Reviewed at follow-up',
      });
      expect(revised.notes).toBe('Reviewed at follow-up');
      const assessments = await ngo.needsAssessments
        .list({ participantId: participant.id })
        .toArray({ limit: 5 });
      expect(assessments.map((a) => a.id)).toEqual([assessment.id]);

      const plan = await ngo.livelihoodPlans.create(
        planInput(participant.id, org('training_institution').id),
      );
      await expect(ngo.livelihoodPlans.get(plan.id)).resolves.toMatchObject({ id: plan.id });
      const agreed = await ngo.livelihoodPlans.update(plan.id, {
        ...planInput(participant.id, org('training_institution').id),
        needsAssessmentId: assessment.id,
      });
      expect(agreed.needsAssessmentId).toBe(assessment.id);
      const plans = await ngo.livelihoodPlans.list({ participantId: participant.id }).toArray({ limit: 5 });
      expect(plans.map((p) => p.id)).toEqual([plan.id]);
    });
  });
}
