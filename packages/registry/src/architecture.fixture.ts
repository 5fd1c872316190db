/**
 * Reads the registry's rooms (the folders and top-level files of `src/`) and checks the rules of
 * docs/architecture.md: imports only run down the layers, files import each other in no cycle, and SQL
 * is written only in `store/`, `db/` and `migrations/`. A test fixture: never imported at runtime.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import ts from 'typescript';

/**
 * The layers, top first. A file may import its own room or a room of a lower layer; two rooms of one
 * layer do not import each other. A new room is added here and in docs/architecture.md.
 */
export const LAYERS: readonly (readonly string[])[] = [
  ['cli.ts', 'index.ts'],
  ['demo-banner.ts'],
  ['server.ts'],
  ['app.ts'],
  ['routes', 'site'],
  ['contract'],
  ['seed', 'webhooks'],
  ['policy'],
  ['http'],
  ['audit.ts'],
  ['context.ts'],
  ['store'],
  ['db'],
  ['migrations'],
  ['auth', 'messages.ts', 'settings.ts'],
];

/** The rooms that may hold SQL. */
export const SQL_ROOMS: readonly string[] = ['store', 'db', 'migrations'];

/** One source file of a tree, by its path relative to the tree's root (with `/`). */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

/** Tests and their support are dev code: they may start the whole registry. */
const isDevFile = (path: string) => /\.(test|fixture)\.ts$/.test(path);

/**
 * Every runtime `.ts` file under `root` (tests and their fixtures left out).
 *
 * @example
 * ```ts
 * const files = readTree(fileURLToPath(new URL('.', import.meta.url)));
 * ```
 */
export function readTree(root: string): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts') && !isDevFile(entry.name)) {
        files.push({ path: relative(root, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(root);
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

/** The room of a file: its top folder, or the file itself at the top. */
export const roomOf = (path: string): string => path.split('/')[0]!;

/** The files of the tree a file imports (relative imports only; `.js` specifiers name `.ts` files). */
export function importsOf(file: SourceFile): string[] {
  const info = ts.preProcessFile(file.text, true, true);
  return info.importedFiles
    .map((f) => f.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => posix.normalize(posix.join(posix.dirname(file.path), name)).replace(/\.js$/, '.ts'));
}

/** An import against the layer order, or of a room the order does not know. */
export interface ImportViolation {
  readonly from: string;
  readonly to: string;
  readonly why: string;
}

/**
 * Every import that runs up the layers or sideways between two rooms of one layer, and every file in
 * a room that {@link LAYERS} does not list.
 */
export function layerViolations(
  files: readonly SourceFile[],
  layers: readonly (readonly string[])[] = LAYERS,
): ImportViolation[] {
  const layerOf = new Map<string, number>();
  layers.forEach((rooms, i) => {
    for (const room of rooms) layerOf.set(room, i);
  });
  const out: ImportViolation[] = [];
  for (const file of files) {
    const from = roomOf(file.path);
    const own = layerOf.get(from);
    if (own === undefined) {
      out.push({ from: file.path, to: '', why: `room ${from} is in no layer` });
      continue;
    }
    for (const to of importsOf(file)) {
      const target = roomOf(to);
      if (target === from) continue;
      const theirs = layerOf.get(target);
      if (theirs === undefined) out.push({ from: file.path, to, why: `room ${target} is in no layer` });
      else if (theirs < own)
        out.push({ from: file.path, to, why: `${from} imports ${target}, a layer above it` });
      else if (theirs === own)
        out.push({ from: file.path, to, why: `${from} imports ${target} of its own layer` });
    }
  }
  return out;
}

/** The import cycles between files (each a strongly connected set of two or more, or a self-import). */
export function importCycles(files: readonly SourceFile[]): string[][] {
  const known = new Set(files.map((f) => f.path));
  const edges = new Map(files.map((f) => [f.path, importsOf(f).filter((to) => known.has(to))]));
  // Tarjan's strongly connected components.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || edges.get(v)?.includes(v)) cycles.push(component.sort());
    }
  };
  for (const file of files) if (!index.has(file.path)) visit(file.path);
  return cycles;
}

/** What a string of code is taken for SQL by: statements and clauses, as the registry writes them. */
const SQL_PATTERNS: readonly RegExp[] = [
  /\bselect\s+[\w*.,\s()'>-]+?\s+from\s+\w/i,
  /\bselect\s+1\b/i,
  /\binsert\s+into\s+\w/i,
  /\bupdate\s+\w+(\s+\w+)?\s+set\s+\w/i,
  /\bdelete\s+from\s+\w/i,
  /\b(create|alter|drop)\s+(table|index|database|schema)\b/i,
  /\breturning\s+(\*|\w)/i,
  /\border\s+by\s+[\w.]+(\s+(asc|desc))?\s+limit\b/i,
  /\bwhere\s+[\w.]+\s*(=|>|<|>=|<=|<>|\bin\b|\bis\b)\s*(\$\d|\?|null\b|'|any\()/i,
  /\$\d+::\w+/,
  /->>'\w+'/,
];

/** A string of code that reads as SQL. */
export interface SqlFinding {
  readonly path: string;
  readonly line: number;
  readonly text: string;
}

/** The text of every string and template literal of a file (a template's `${…}` parts become `x`). */
function literals(file: SourceFile): { line: number; text: string }[] {
  const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true);
  const out: { line: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    let text: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateExpression(node)) {
      text = node.head.text + node.templateSpans.map((s) => `x${s.literal.text}`).join('');
    }
    if (text !== undefined) {
      out.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
      if (ts.isTemplateExpression(node)) {
        // Templates nested in the `${…}` parts are strings of their own.
        for (const span of node.templateSpans) visit(span.expression);
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** Every string of code outside `store/`, `db/` and `migrations/` that reads as SQL. */
export function sqlOutsideStore(files: readonly SourceFile[]): SqlFinding[] {
  const out: SqlFinding[] = [];
  for (const file of files) {
    if (SQL_ROOMS.includes(roomOf(file.path))) continue;
    for (const { line, text } of literals(file)) {
      if (SQL_PATTERNS.some((p) => p.test(text))) out.push({ path: file.path, line, text });
    }
  }
  return out;
}
