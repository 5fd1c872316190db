/**
 * How long `generateProgramme` takes for 100,000 participants (what the indicators benchmark runs over),
 * and how much it holds in memory. One timed run after a small warm-up: generation is deterministic, so
 * repeated runs differ only by the machine's noise.
 */
import { loadavg } from 'node:os';
import { generateProgramme, type SyntheticProgramme, summariseProgramme } from '../src/synthetic/index.js';
import { cpuShares } from './cpu-profile.js';

const PARTICIPANTS = 100_000;

function records(programme: SyntheticProgramme): number {
  let count = 0;
  for (const value of Object.values(programme)) if (Array.isArray(value)) count += value.length;
  return count;
}

export default async function syntheticBench(): Promise<string> {
  const load = loadavg()[0]?.toFixed(1);
  generateProgramme({ participants: 2000 }); // warm up the JIT
  const cpu = process.cpuUsage();
  const started = performance.now();
  let programme: SyntheticProgramme | undefined = generateProgramme({ participants: PARTICIPANTS });
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  // Heap in use while the programme is held (a difference with a before-value is meaningless: GC runs in between).
  const heap = process.memoryUsage().heapUsed;
  const summaryStarted = performance.now();
  summariseProgramme(programme);
  const summaryMs = performance.now() - summaryStarted;
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  const total = records(programme);
  // A second, profiled run, so that the profiler's overhead stays out of the timed one. The first
  // programme is dropped first: both at once would measure a heap twice the size.
  programme = undefined;
  const profile = await profiled();
  const pct = (share: number) => `${Math.round(share * 100)} %`;
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
    `In a CPU profile of a second run of the same size (V8's sampling profiler, ${fmt(profile.samples)} samples), ${pct(profile.inclusive.transitionReferral ?? 0)} of the time is in \`transitionReferral\` (every referral moves through the state machine, with its checks) and ${pct(profile.garbageCollection)} in garbage collection. The machine is shared: load average ${load} at the start of this run.`,
  ].join('\n');
}

/** Profiles one generation of the same size; the programme is not kept. */
function profiled() {
  return cpuShares(() => generateProgramme({ participants: PARTICIPANTS }), ['transitionReferral']);
}
