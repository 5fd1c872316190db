import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type ChromiumProbe, findChromium, missingChromiumLine } from './chromium.ts';

/** A machine where exactly `files` are executable. */
function machine(env: Record<string, string | undefined>, files: string[]): ChromiumProbe {
  const set = new Set(files);
  return { env, isExecutable: (path) => set.has(path) };
}

describe('findChromium', () => {
  it("finds Debian's chromium", () => {
    expect(findChromium(machine({ PATH: '/usr/bin' }, ['/usr/bin/chromium']))).toEqual({
      path: '/usr/bin/chromium',
    });
  });

  it('prefers CHROMIUM_PATH over every other place', () => {
    const probe = machine({ CHROMIUM_PATH: '/opt/chrome/chrome', PATH: '/usr/bin' }, [
      '/opt/chrome/chrome',
      '/usr/bin/chromium',
    ]);
    expect(findChromium(probe)).toEqual({ path: '/opt/chrome/chrome' });
  });

  it('reports a CHROMIUM_PATH that is not executable instead of looking elsewhere', () => {
    const probe = machine({ CHROMIUM_PATH: '/nowhere/chrome' }, ['/usr/bin/chromium']);
    expect(findChromium(probe)).toEqual({
      reason: 'CHROMIUM_PATH=/nowhere/chrome is not an executable file',
    });
  });

  it('finds chromium-browser or google-chrome on PATH, in PATH order', () => {
    const probe = machine({ PATH: '/opt/u/bin:/usr/local/bin' }, [
      '/usr/local/bin/chromium-browser',
      '/opt/u/bin/chromium-browser',
      '/usr/local/bin/google-chrome',
    ]);
    expect(findChromium(probe)).toEqual({ path: '/opt/u/bin/chromium-browser' });
    expect(findChromium(machine({ PATH: '/usr/local/bin' }, ['/usr/local/bin/google-chrome']))).toEqual({
      path: '/usr/local/bin/google-chrome',
    });
  });

  it('says none was found on a machine without Chromium', () => {
    expect(findChromium(machine({ PATH: '/usr/bin:/bin' }, ['/usr/bin/node']))).toEqual({
      reason: 'no Chromium found',
    });
    expect(findChromium(machine({}, []))).toEqual({ reason: 'no Chromium found' });
  });
});

describe('the check before pnpm test', () => {
  const root = fileURLToPath(new URL('..', import.meta.url));

  it('names the command to run in one line', () => {
    const line = missingChromiumLine('no Chromium found');
    expect(line).not.toContain('\n');
    expect(line).toContain('apt-get install -y chromium');
    expect(line).toContain('CHROMIUM_PATH=');
  });

  it('stops at once with that line when CHROMIUM_PATH is wrong', () => {
    const run = spawnSync('node_modules/.bin/tsx', ['scripts/ensure-chromium.ts'], {
      cwd: root,
      env: { ...process.env, CHROMIUM_PATH: '/nowhere/chrome' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      missingChromiumLine('CHROMIUM_PATH=/nowhere/chrome is not an executable file'),
    );
  });

  it('passes quietly when a Chromium is there', () => {
    const chromium = findChromium();
    if (!('path' in chromium) || !chromium.path) return expect.fail('this test machine needs a Chromium');
    const run = spawnSync('node_modules/.bin/tsx', ['scripts/ensure-chromium.ts'], {
      cwd: root,
      env: { ...process.env, CHROMIUM_PATH: chromium.path },
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });
});
