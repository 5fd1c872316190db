/**
 * The client against the real registry (embedded PGlite, demo seed), every operation of the contract.
 * The last test checks that the suite exercised every operation the live contract has, and that the
 * generated operation table matches it (run `pnpm generate` when it does not).
 */
import { describe, expect, it } from 'vitest';
import { OPERATIONS } from '../../src/generated/operations.js';
import { careScenarios } from './care.js';
import { directoryScenarios } from './directory.js';
import { errorScenarios } from './errors.js';
import { indicatorScenarios } from './indicators.js';
import { jobOfferScenarios } from './job-offers.js';
import { mswParityScenarios } from './msw-parity.js';
import { mswFailureParityScenarios } from './msw-parity-failures.js';
import { mswJobParityScenarios } from './msw-parity-jobs.js';
import { recordScenarios } from './records.js';
import { referralScenarios } from './referrals.js';
import { rightsScenarios } from './rights.js';
import { covered, running, useRegistry } from './setup.fixture.js';
import { storyScenarios } from './stories.js';
import { trainingScenarios } from './training.js';
import { webhookScenarios } from './webhooks.js';

useRegistry();
directoryScenarios();
recordScenarios();
referralScenarios();
careScenarios();
jobOfferScenarios();
errorScenarios();
indicatorScenarios();
mswParityScenarios();
storyScenarios();
trainingScenarios();
mswJobParityScenarios();
mswFailureParityScenarios();
rightsScenarios();
webhookScenarios();

describe('the contract', () => {
  it('every operation of the live contract was exercised, and the generated table is current', async () => {
    const response = await fetch(`${running().url}/openapi.json`);
    const document = (await response.json()) as {
      paths: Record<string, Record<string, { operationId?: string }>>;
    };
    const live: string[] = [];
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, op] of Object.entries(item))
        if (op.operationId) live.push(`${method.toUpperCase()} ${path}`);
    }
    expect(live.length).toBeGreaterThan(30);
    expect(Object.keys(OPERATIONS).sort()).toEqual([...live].sort());
    expect(live.filter((op) => !covered.has(op))).toEqual([]);
  });
});
