/**
 * `pnpm check:install`: the integrator's path, end to end, on the packed packages.
 *
 * 1. Packs every publishable package (`prepack` builds it and checks its entry points).
 * 2. Installs the tarballs with npm into a fresh project in the system's temp directory.
 * 3. Checks that every declared export resolves and loads, and that the shipped contract is the committed one.
 * 4. Type-checks an integrator's program and page script (the elements, with React 19's types for the
 *    tags) with `tsc --strict`, under `nodenext` and `bundler`, without `skipLibCheck`.
 * 5. Bundles with esbuild, failing on any warning: each package's own `dist` (outside `node_modules`, where
 *    esbuild reports a dropped bare import), a browser app using the client (validation still lazy), a page
 *    script using the elements (registrations kept), and the program for Node.
 * 6. Starts the registry with the packed `nayabato-registry` and runs the program (as compiled by tsc and
 *    as bundled) and the browser bundle against it: the served contract equals the committed one.
 *
 * Needs network access to the npm registry for the packages' dependencies. `KEEP_INSTALL_CHECK=1` keeps
 * the temp project for a look.
 */
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { declaredEntryPoints, type PackageEntryFields } from './entry-points.ts';
import { bundleBrowser, bundleElements, bundleNode, bundleOwnDist } from './install-check/bundles.ts';
import { run, start } from './install-check/processes.ts';

interface Manifest extends PackageEntryFields {
  readonly name: string;
  readonly private?: boolean;
  readonly dependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
  readonly bin?: Record<string, string>;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const t0 = Date.now();
const step = (name: string) => console.log(`-- ${name} (${Math.round((Date.now() - t0) / 1000)}s)`);

const work = mkdtempSync(join(tmpdir(), 'nayabato-install-'));
const tarballs = join(work, 'tarballs');
const app = join(work, 'app');
const stops: (() => void)[] = [];

try {
  step('pack');
  const packages = readdirSync(join(root, 'packages'))
    .map((dir) => ({ pkg: readJson<Manifest>(join(root, 'packages', dir, 'package.json')) }))
    .filter(({ pkg }) => !pkg.private);
  await run('pnpm', ['-r', '--filter', './packages/*', 'pack', '--pack-destination', tarballs], {
    cwd: root,
  });
  const packed = readdirSync(tarballs).filter((f) => f.endsWith('.tgz'));
  const tarballOf = (name: string) => {
    const file = packed.find((f) => f.startsWith(`${name.replace('@', '').replace('/', '-')}-`));
    if (!file) throw new Error(`No tarball for ${name} in ${packed.join(', ')}`);
    return file;
  };

  step('npm install of the tarballs into a fresh project');
  const client = packages.find(({ pkg }) => pkg.name === '@nayabato/client')?.pkg;
  const elements = packages.find(({ pkg }) => pkg.name === '@nayabato/elements')?.pkg;
  const rootPkg = readJson<Manifest>(join(root, 'package.json'));
  mkdirSync(app);
  const dependencies: Record<string, string> = {
    // An integrator who uses the msw handlers installs msw (an optional peer); a Node integrator has Node's types.
    msw: client?.devDependencies?.msw ?? '^2.15.0',
    '@types/node': rootPkg.devDependencies?.['@types/node'] ?? '^20',
    // A React integrator has React's types (an optional peer of the elements' JSX types).
    '@types/react': elements?.devDependencies?.['@types/react'] ?? '^19',
  };
  for (const { pkg } of packages) dependencies[pkg.name] = `file:../tarballs/${tarballOf(pkg.name)}`;
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'integrator', private: true, type: 'module', dependencies }, null, 2),
  );
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: app,
  });

  step('declared exports resolve and load');
  const specifiers: string[] = [];
  for (const { pkg } of packages) {
    const installed = join(app, 'node_modules', pkg.name);
    const manifest = readJson<Manifest>(join(installed, 'package.json'));
    const missing = declaredEntryPoints(manifest).filter((file) => !existsSync(join(installed, file)));
    if (missing.length > 0) throw new Error(`${pkg.name} is installed without ${missing.join(', ')}`);
    for (const bin of Object.keys(manifest.bin ?? {})) {
      if (!existsSync(join(app, 'node_modules', '.bin', bin))) throw new Error(`${pkg.name}: no bin ${bin}`);
    }
    const exportsMap = (manifest.exports ?? {}) as Record<string, unknown>;
    for (const subpath of Object.keys(exportsMap)) {
      // The job widget's `./script` is a classic script for a <script> tag (Lit bundled in, no module
      // exports): it is checked in Chromium by the careers page's walk, and only for presence here.
      if (pkg.name === '@nayabato/job-widget' && subpath === './script') continue;
      specifiers.push(`${pkg.name}${subpath.slice(1)}`);
    }
  }
  const loader = `for (const s of ${JSON.stringify(specifiers)}) await import(s, s.endsWith('.json') ? { with: { type: 'json' } } : undefined);`;
  await run(process.execPath, ['--input-type=module', '-e', loader], { cwd: app });
  const committed = readFileSync(join(root, 'packages/registry/openapi.json'), 'utf8');
  if (readFileSync(join(app, 'node_modules/@nayabato/registry/openapi.json'), 'utf8') !== committed) {
    throw new Error('The packed openapi.json differs from the committed one.');
  }

  step('tsc --strict, nodenext and bundler, without skipLibCheck');
  const files = ['consumer.ts', 'browser.ts', 'elements.ts'];
  for (const file of files) copyFileSync(join(root, 'scripts/install-check', file), join(app, file));
  const strict = { strict: true, target: 'es2022', skipLibCheck: false, types: ['node'] };
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { ...strict, module: 'nodenext', moduleResolution: 'nodenext', outDir: 'out' },
      files,
    }),
  );
  writeFileSync(
    join(app, 'tsconfig.bundler.json'),
    JSON.stringify({
      compilerOptions: { ...strict, module: 'esnext', moduleResolution: 'bundler', noEmit: true },
      files,
    }),
  );
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  await Promise.all([
    run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: app }),
    run(process.execPath, [tsc, '-p', 'tsconfig.bundler.json'], { cwd: app }),
  ]);

  step('esbuild bundles: the dist of each package, a browser app (client), a Node program (all packages)');
  for (const { pkg } of packages) {
    // A copy outside node_modules, where esbuild reports what it drops (see bundleOwnDist).
    const unpacked = join(work, 'unpacked', pkg.name);
    cpSync(join(app, 'node_modules', pkg.name), unpacked, { recursive: true });
    const entries = declaredEntryPoints(pkg).filter((file) => file.endsWith('.js'));
    const externals = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
    await bundleOwnDist(unpacked, entries, { platform: pkg.bin ? 'node' : 'browser', externals });
  }
  const browser = await bundleBrowser(app);
  const elementsBundle = await bundleElements(app);
  const externals = new Set<string>(['msw']);
  for (const { pkg } of packages) {
    for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies }))
      if (!dep.startsWith('@nayabato/')) externals.add(dep);
  }
  const nodeBundle = await bundleNode(app, [...externals]);

  step(
    'nayabato-registry from the tarball, used by the compiled program, the Node bundle and the browser bundle',
  );
  // Embedded PGlite in the temp project, never a PostgreSQL server that CI may have configured.
  const env = { DATABASE_URL: undefined };
  const registry = join(app, 'node_modules', '.bin', 'nayabato-registry');
  const dataDir = join(work, 'data');
  const bootstrap = await run(registry, ['bootstrap', '--data-dir', dataDir], { cwd: app, env });
  const { secretKey } = JSON.parse(bootstrap.stdout) as { secretKey: string };
  const server = await start(registry, ['--port', '0', '--data-dir', dataDir], {
    cwd: app,
    env,
    ready: /(https?:\/\/[^\s]+)/,
  });
  stops.push(() => server.child.kill());
  const url = server.match[1] as string;

  const served = await (await fetch(`${url}/openapi.json`)).json();
  if (!isDeepStrictEqual(served, JSON.parse(committed)))
    throw new Error('The served contract differs from the committed openapi.json.');
  const compiled = await run(process.execPath, ['out/consumer.js', url, secretKey], { cwd: app });
  const bundled = await run(process.execPath, [nodeBundle, url, secretKey], { cwd: app });
  const { run: runBrowser } = (await import(
    pathToFileURL(browser.entry).href
  )) as typeof import('./install-check/browser.ts');
  const inBrowserBundle = await runBrowser(url, secretKey);

  step('done');
  console.log(`tarballs: ${packed.join(', ')}`);
  console.log(
    `exports loaded: ${specifiers.length}; served contract schemas: ${Object.keys((served as { components: { schemas: object } }).components.schemas).length}`,
  );
  console.log(`compiled program: ${compiled.stdout.trim()}`);
  console.log(`Node bundle:      ${bundled.stdout.trim()}`);
  console.log(`browser bundle:   ${JSON.stringify(inBrowserBundle)} in ${browser.chunks} chunks`);
  console.log(`elements bundle:  ${elementsBundle.bytes} bytes minified, registrations kept`);
} finally {
  for (const stop of stops) stop();
  if (process.env.KEEP_INSTALL_CHECK) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
