import { type ChildProcess, spawn } from 'node:child_process';

/** What a finished command printed. */
export interface Output {
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a command to its end; rejects with its output when it exits non-zero, so a failing step shows
 * why. The environment is the parent's with `env` laid over it (`undefined` removes a variable).
 */
export function run(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string | undefined> },
): Promise<Output> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: environment(options.env), stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve({ stdout, stderr });
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}\n${stdout}\n${stderr}`));
    });
  });
}

function environment(env: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const merged: NodeJS.ProcessEnv = { ...process.env };
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}

/** A server started in the background, and the first match of its readiness pattern in its stderr. */
export interface Started {
  readonly child: ChildProcess;
  readonly match: RegExpMatchArray;
}

/**
 * Starts a long-running command and waits until its stderr matches `ready` (rejects if it exits first).
 * The caller stops it with `child.kill()`.
 */
export function start(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string | undefined>; ready: RegExp },
): Promise<Started> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: environment(options.env), stdio: 'pipe' });
    let stderr = '';
    child.stdout.resume();
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk;
      const match = stderr.match(options.ready);
      if (match) resolve({ child, match });
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      reject(new Error(`${command} ${args.join(' ')} exited with ${code}\n${stderr}`)),
    );
  });
}
