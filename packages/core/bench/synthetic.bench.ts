/**
 * How long `generateProgramme` takes for 100,000 participants (what the indicators benchmark runs over),
 * and how much it holds in memory. One timed run after a small warm-up: generation is deterministic, so
 * repeated runs differ only by the machine's noise.
 */
import { loadavg } from 'node:os';
import { generateProgramme, type SyntheticProgramme, summariseProgramme } from '../src/synthetic/index.js';

const PARTICIPANTS = 100_000;

function records(programme: SyntheticProgramme): number {
  let count = 0;
  for (const value of Object.values(programme)) if (Array.isArray(value)) count += value.length;
  return count;
}

export default async function syntheticBench(): Promise<string> {
  generateProgramme({ participants: 2000 }); // warm up the JIT
  const cpu = process.cpuUsage();
  const started = performance.now();
  const programme = generateProgramme({ participants: PARTICIPANTS });
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  // Heap in use while the programme is held (a difference with a before-value is meaningless: GC runs in between).
  const heap = process.memoryUsage().heapUsed;
  const summaryStarted = performance.now();
  summariseProgramme(programme);
  const summaryMs = performance.now() - summaryStarted;
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  const total = records(programme);
  return [
    '### Synthetic programme generation',
    '',
    `\`generateProgramme({ participants: ${fmt(PARTICIPANTS)} })\` (default seed, 24 months), one run after a warm-up.`,
    '',
    '| measure | value |',
    '| --- | --- |',
    `| wall time | ${(wall / 1000).toFixed(1)} s |`,
    `| CPU time (user + system) | ${((used.user + used.system) / 1e6).toFixed(1)} s |`,
    `| records generated | ${fmt(total)} (${(total / PARTICIPANTS).toFixed(1)} per participant) |`,
    `| records per second (wall) | ${fmt(total / (wall / 1000))} |`,
    `| heap in use while the programme is held | about ${fmt(heap / 2 ** 20)} MiB |`,
    `| \`summariseProgramme\` | ${(summaryMs / 1000).toFixed(2)} s |`,
    '',
    `Linear in participants. In a CPU profile about a fifth of the time is \`transitionReferral\` (every referral moves through the state machine, with its checks) and about a third is garbage collection of a heap that holds every record. The machine is shared: load average ${loadavg()[0]?.toFixed(1)} at the start of this run.`,
  ].join('\n');
}
