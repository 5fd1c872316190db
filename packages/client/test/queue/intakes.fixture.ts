/** Queues synthetic intakes: a participant, then a consent and an assessment that refer to it. */
import { COMPLETE_CONSENT_CHECKS, SYNTHETIC_PARTICIPANT_INPUT } from '@nayabato/core/synthetic';
import { type OfflineQueue, ref } from '../../src/queue/index.js';

const yesterday = () => new Date(Date.now() - 86_400_000).toISOString();

/** A consent body for a participant id (or a reference to one). */
export const consentBody = (participantId: unknown) => ({
  participantId,
  purpose: 'services',
  givenAt: yesterday(),
  checks: COMPLETE_CONSENT_CHECKS,
  method: 'verbal',
});

/** A needs assessment body for a participant id (or a reference to one). */
export const assessmentBody = (participantId: unknown) => ({
  participantId,
  assessedOn: yesterday().slice(0, 10),
  domains: [{ domain: 'livelihood_and_income', needLevel: 'high', goals: 'Learn a trade' }],
});

/** Queues intake `n` (three writes, one group per intake, the participant's answer named `p<n>`). */
export async function enqueueIntake(queue: OfflineQueue, n: number): Promise<void> {
  const group = `intake-${n}`;
  const participant = `p${n}`;
  await queue.enqueue({
    method: 'POST',
    route: '/v1/participants',
    body: SYNTHETIC_PARTICIPANT_INPUT,
    ref: participant,
    group,
  });
  await queue.enqueue({
    method: 'POST',
    route: '/v1/consents',
    body: consentBody(ref(participant)),
    group,
  });
  await queue.enqueue({
    method: 'POST',
    route: '/v1/needs-assessments',
    body: assessmentBody(ref(participant)),
    group,
  });
}
