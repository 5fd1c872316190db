import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from '../context.js';

/**
 * The example folders that have a `public/` directory.
 *
 * @example
 * ```ts
 * findExamples('/repo/examples'); // ['job-board', 'react-intake']
 * ```
 */
export function findExamples(examplesDir: string): string[] {
  if (!existsSync(examplesDir)) return [];
  return readdirSync(examplesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(examplesDir, d.name, 'public')))
    .map((d) => d.name)
    .sort();
}

/**
 * Serves each `examples/<name>/public/` folder at `/examples/<name>/`, from the same origin as the API so
 * that staff tokens work with the demo organisations' registered origins.
 *
 * @example
 * ```ts
 * const dir = '/repo/examples';
 * exampleRoutes(app, dir, findExamples(dir)); // GET /examples/job-board/ serves examples/job-board/public/index.html
 * ```
 */
export function exampleRoutes(app: Hono<AppEnv>, examplesDir: string, names: readonly string[]): void {
  for (const name of names) {
    const root = relative(process.cwd(), join(examplesDir, name, 'public')) || '.';
    app.get(`/examples/${name}`, (c) => c.redirect(`/examples/${name}/`));
    app.use(
      `/examples/${name}/*`,
      serveStatic({ root, rewriteRequestPath: (path) => path.slice(`/examples/${name}`.length) }),
    );
  }
}
