/**
 * Runs before `pnpm test`: finds a Chromium for the browser tests, or installs Debian's `chromium` when this
 * user may (root, or sudo without a password) and apt-get is there, or stops at once with one line saying
 * what to run. The vitest config finds the same Chromium again with {@link findChromium}.
 */
import { spawnSync } from 'node:child_process';
import { findChromium, machineProbe, missingChromiumLine } from './chromium.ts';

/** How this user may run a command as root: directly, through passwordless sudo, or not at all. */
function rootPrefix(): string[] | undefined {
  if (process.getuid?.() === 0) return [];
  const sudo = spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' });
  return sudo.status === 0 ? ['sudo', '-n'] : undefined;
}

function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

function install(prefix: string[]): boolean {
  // `env` inside the command: sudo does not pass the caller's environment on.
  for (const args of [
    ['apt-get', 'update', '-qq'],
    ['apt-get', 'install', '-y', '-qq', 'chromium'],
  ]) {
    const [command, ...rest] = [...prefix, 'env', 'DEBIAN_FRONTEND=noninteractive', ...args];
    const run = spawnSync(command!, rest, { stdio: ['ignore', 'ignore', 'inherit'] });
    if (run.status !== 0) return false;
  }
  return true;
}

let found = findChromium();
// A CHROMIUM_PATH that is wrong is the user's to fix: installing another would hide the mistake.
if (found.path === undefined && !process.env.CHROMIUM_PATH) {
  const prefix = rootPrefix();
  if (prefix && hasCommand('apt-get')) {
    console.error("pnpm test: no Chromium found; installing Debian's chromium with apt-get (about 30 s)");
    if (install(prefix)) found = findChromium(machineProbe());
  }
}
if ('reason' in found) {
  console.error(missingChromiumLine(found.reason));
  process.exit(1);
}
