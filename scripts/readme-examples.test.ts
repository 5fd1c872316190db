import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type RunningRegistry, startRegistry } from '@nayabato/registry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CodeBlock, codeBlocks, planBlock } from './markdown-blocks.js';

/**
 * Every code block of the READMEs and of docs/ runs, as a reader would run it, against a registry with the
 * demo programme: TypeScript blocks are type-checked and run with tsx from the package whose README shows
 * them (so `@nayabato/*` resolve to the sources), shell blocks run with bash. Blocks read the registry's
 * URL and a key from `NAYABATO_URL` and `NAYABATO_SECRET_KEY` (a demo NGO's, or the role the fence names
 * with `as=`). See scripts/markdown-blocks.ts for the fence annotations.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const run = promisify(execFile);
const tsx = join(root, 'node_modules/.bin/tsx');
const tsc = join(root, 'node_modules/.bin/tsc');
const scratch = '.readme-examples';

function markdownFiles(): string[] {
  const files = ['README.md', 'examples/README.md'];
  for (const dir of ['packages', 'examples']) {
    for (const name of readdirSync(join(root, dir))) {
      if (existsSync(join(root, dir, name, 'README.md'))) files.push(`${dir}/${name}/README.md`);
    }
  }
  const docs = readdirSync(join(root, 'docs'), { recursive: true, encoding: 'utf8' });
  files.push(...docs.filter((f) => f.endsWith('.md') && !f.startsWith('api')).map((f) => `docs/${f}`));
  return [...new Set(files)].filter((f) => existsSync(join(root, f))).sort();
}

/** A package's README runs inside that package (its dependencies and its own name resolve); others at the root. */
function homeOf(file: string): string {
  const match = /^packages\/[^/]+\//.exec(file);
  return match ? match[0].slice(0, -1) : '.';
}

const files = markdownFiles().map((file) => ({
  file,
  blocks: codeBlocks(file, readFileSync(join(root, file), 'utf8')),
}));
const scriptOf = (b: CodeBlock) =>
  join(root, homeOf(b.file), scratch, `${b.file.replace(/[^a-z0-9]+/gi, '-')}-L${b.line}.mts`);

const typescriptBlocks = files.flatMap((f) => f.blocks).filter((b) => planBlock(b).kind === 'typescript');
let registry: RunningRegistry;
/** The compiler's output lines over all examples, one run shared by every file's check. */
let typeErrors: Promise<string[]>;
function envFor(role: string): NodeJS.ProcessEnv {
  const org = registry.demo?.organizations.find((o) => o.role === role);
  if (!org) throw new Error(`the demo has no organisation of role ${role}`);
  const { DATABASE_URL: _db, NODE_OPTIONS: _opts, ...env } = process.env;
  return {
    ...env,
    NAYABATO_URL: registry.url,
    NAYABATO_SECRET_KEY: org.secretKey,
    NAYABATO_PUBLISHABLE_KEY: org.publishableKey,
  };
}

/** Points a failure at the README: a script's `path:n` or `path(n,c)` becomes the block's `file:line + n`. */
function located(b: CodeBlock, output: string): string {
  const script = scriptOf(b);
  return output
    .split(script)
    .join(b.file)
    .split(script.slice(root.length))
    .join(b.file)
    .replace(new RegExp(`${b.file.replace(/[.]/g, '\\.')}(?::|\\()(\\d+)(?:[:,]\\d+\\)?)?`, 'g'), (_m, n) => {
      return `${b.file}:${b.line + Number(n)}`;
    });
}

beforeAll(async () => {
  // Webhook examples register a receiver on 127.0.0.1.
  registry = await startRegistry({
    port: 0,
    seed: 'demo',
    demoParticipants: 40,
    demoCacheDir: join(root, 'node_modules/.cache/nayabato'),
    settings: { allowPrivateWebhookTargets: true },
  });
  for (const b of typescriptBlocks) {
    const home = join(root, homeOf(b.file), scratch);
    mkdirSync(home, { recursive: true });
    // The opening fence's line is line 0 here, so a script's line n is the README's line + n.
    writeFileSync(scriptOf(b), `\n${b.code}\nexport {};\n`);
  }
  // One compiler run for every example: each file still resolves its imports from where it lies.
  mkdirSync(join(root, scratch), { recursive: true });
  const project = join(root, scratch, 'tsconfig.json');
  const scripts = typescriptBlocks.map(scriptOf);
  writeFileSync(project, JSON.stringify({ extends: join(root, 'tsconfig.base.json'), files: scripts }));
  typeErrors = run(tsc, ['-p', project, '--pretty', 'false'], { cwd: root, maxBuffer: 16 << 20 })
    .then(() => [] as string[])
    .catch((e: { stdout?: string; message: string }) => (e.stdout ? e.stdout.split('\n') : [e.message]));
  typeErrors.catch(() => {});
}, 120_000);

afterAll(async () => {
  await registry?.close();
  const homes = [scratch, ...typescriptBlocks.map((b) => join(homeOf(b.file), scratch))];
  for (const home of new Set(homes.map((h) => join(root, h)))) {
    rmSync(home, { recursive: true, force: true });
  }
});

for (const { file, blocks } of files) {
  if (blocks.length === 0) continue;
  describe(file, () => {
    const typescript = blocks.filter((b) => planBlock(b).kind === 'typescript');
    if (typescript.length > 0) {
      it('type-checks its TypeScript examples', async () => {
        const errors = (await typeErrors).flatMap((line) => {
          const b = typescript.find((x) => line.startsWith(scriptOf(x).slice(root.length)));
          if (b) return [located(b, line)];
          // An error of no example at all (a broken set-up) must not pass unnoticed either.
          return /error TS/.test(line) && !line.includes(`${scratch}/`) ? [line] : [];
        });
        expect(errors, 'type errors in the examples').toEqual([]);
      }, 120_000);
    }
    for (const b of blocks) {
      const plan = planBlock(b);
      const name = `${b.file}:${b.line} (${b.lang || 'no language'}${b.annotations.length ? ` ${b.annotations.join(' ')}` : ''})`;
      if (plan.kind === 'skip') {
        it.skip(`${name}: ${plan.reason}`, () => {});
      } else if (plan.kind === 'error') {
        it(name, () => {
          throw new Error(plan.message);
        });
      } else if (plan.kind === 'shell') {
        it(name, async () => {
          const result = await run('bash', ['-euo', 'pipefail', '-c', b.code], {
            cwd: join(root, homeOf(b.file)),
            env: envFor('ngo'),
            timeout: 60_000,
          }).catch((e) => e);
          if (result instanceof Error) {
            const { stdout = '', stderr = '' } = result as Error & { stdout?: string; stderr?: string };
            throw new Error(
              `${b.file}:${b.line}: the shell example failed: ${result.message}\n${stdout}${stderr}`,
            );
          }
        });
      } else {
        it(name, async () => {
          const result = await run(tsx, ['--conditions=@nayabato/source', scriptOf(b)], {
            cwd: join(root, homeOf(b.file)),
            env: envFor(plan.as),
            timeout: 60_000,
          }).catch((e) => e);
          if (result instanceof Error) {
            const { stdout = '', stderr = '' } = result as Error & { stdout?: string; stderr?: string };
            throw new Error(`${b.file}:${b.line}: the example failed:\n${located(b, `${stdout}${stderr}`)}`);
          }
        }, 90_000);
      }
    }
  });
}
