/**
 * How long the indicators take over 100,000 synthetic participants: `computeIndicators` for the whole
 * programme, `publishIndicators` over all 77 districts (disclosure control included), and
 * `assessRetraffickingRisk` for every participant. Medians of 5 runs after a warm-up.
 */
import { loadavg } from 'node:os';
import {
  assessRetraffickingRisk,
  computeIndicators,
  type IndicatorRecords,
  publishIndicators,
} from '../src/indicators/index.js';
import { byParticipant } from '../src/indicators/records.js';
import { generateProgramme } from '../src/synthetic/index.js';

const PARTICIPANTS = 100_000;
const RUNS = 5;

function medianMs(run: () => unknown): number {
  const times: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[RUNS >> 1]!;
}

export default async function indicatorsBench(): Promise<string> {
  const programme = generateProgramme({ participants: PARTICIPANTS });
  const records: IndicatorRecords = programme;
  const period = { from: programme.start, to: programme.end };
  computeIndicators(records, { period }); // warm up the JIT
  const computeMs = medianMs(() => computeIndicators(records, { period }));
  const report = computeIndicators(records, { period });
  const publishMs = medianMs(() => publishIndicators(report));
  const followUps = byParticipant(programme.followUps);
  const placements = byParticipant(programme.placements);
  const enterprises = byParticipant(programme.enterprises);
  const levels = { low: 0, medium: 0, high: 0 };
  const riskMs = medianMs(() => {
    for (const participant of programme.participants) {
      const { level } = assessRetraffickingRisk(
        {
          participant,
          followUps: followUps.get(participant.id) ?? [],
          placements: placements.get(participant.id) ?? [],
          enterprises: enterprises.get(participant.id) ?? [],
        },
        { at: programme.end },
      );
      levels[level]++;
    }
  });
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  const t = report.total;
  return [
    '### Indicators',
    '',
    `Over \`generateProgramme({ participants: ${fmt(PARTICIPANTS)} })\` (default seed, 24 months; ${fmt(programme.followUps.length)} follow-ups, ${fmt(programme.placements.length)} placements, ${fmt(programme.enterprises.length)} enterprises, ${fmt(programme.referrals.length)} referrals). Medians of ${RUNS} runs after a warm-up.`,
    '',
    '| measure | value |',
    '| --- | --- |',
    `| \`computeIndicators\`, whole programme | ${fmt(computeMs)} ms |`,
    `| \`publishIndicators\`, 77 districts, 11 tables, threshold 5 | ${fmt(publishMs)} ms |`,
    `| \`assessRetraffickingRisk\`, every participant | ${fmt(riskMs)} ms (${((riskMs * 1000) / PARTICIPANTS).toFixed(1)} µs each) |`,
    `| supported / economically rehabilitated | ${fmt(t.participantsSupported)} / ${fmt(t.economicallyRehabilitated)} |`,
    `| risk levels (low / medium / high) | ${fmt(levels.low / RUNS)} / ${fmt(levels.medium / RUNS)} / ${fmt(levels.high / RUNS)} |`,
    '',
    `The machine is shared: load average ${loadavg()[0]?.toFixed(1)} at the start of this run.`,
  ].join('\n');
}
