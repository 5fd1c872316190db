/** A fenced code block of a Markdown file. */
export interface CodeBlock {
  /** The file, relative to the repository root. */
  readonly file: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  /** The info string's first word, lower-cased (`ts`, `sh`, ...); empty when there is none. */
  readonly lang: string;
  /** The info string's other words, e.g. `no-run` or `as=training_institution`. */
  readonly annotations: readonly string[];
  /** The code, without the fence's indentation. */
  readonly code: string;
}

/** What the example test does with a block. */
export type BlockPlan =
  | { readonly kind: 'typescript'; readonly as: string }
  | { readonly kind: 'shell' }
  | { readonly kind: 'skip'; readonly reason: string }
  | { readonly kind: 'error'; readonly message: string };

const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;

/**
 * Every fenced code block of a Markdown text, in order, with the line of its opening fence.
 *
 * @example
 * ```ts
 * codeBlocks('README.md', '# Hi\n```sh no-run\npnpm start\n```\n')[0]; // { line: 2, lang: 'sh', annotations: ['no-run'], ... }
 * ```
 */
export function codeBlocks(file: string, markdown: string): CodeBlock[] {
  const lines = markdown.split('\n');
  const blocks: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i] ?? '');
    if (!open) continue;
    const [, indent = '', fence = '', info = ''] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const text = lines[j] ?? '';
      const trimmed = text.trim();
      if (trimmed.startsWith(fence) && trimmed.replaceAll(fence[0] ?? '`', '') === '') break;
      body.push(text.startsWith(indent) ? text.slice(indent.length) : text.trimStart());
    }
    const [lang = '', ...annotations] = info.trim().split(/\s+/).filter(Boolean);
    blocks.push({ file, line: i + 1, lang: lang.toLowerCase(), annotations, code: body.join('\n') });
    i = j;
  }
  return blocks;
}

const TYPESCRIPT = new Set(['ts', 'typescript', 'mts']);
const SHELL = new Set(['sh', 'bash', 'shell']);
/** Blocks that show data or output rather than something to run. */
const DATA = new Set(['json', 'jsonc', 'text', 'txt', 'http', 'tsv', 'csv', 'diff', 'html', 'css']);
/** The commands a shell example may use here: anything else needs `no-run`. */
const RUNNABLE_COMMANDS = new Set(['curl', 'echo', 'printf', 'test']);

/** The first word of each command of a shell block (after `VAR=value` assignments and line joins). */
function commandsOf(code: string): string[] {
  return code
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter((line) => line !== '')
    .flatMap((line) => line.split(/&&|\|\||;|\|/))
    .map(
      (part) =>
        part
          .trim()
          .split(/\s+/)
          .find((word) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(word)) ?? '',
    )
    .filter((word) => word !== '');
}

/**
 * What to do with a block: run it as TypeScript (as the demo organisation of role `as`, default `ngo`), run
 * it as a shell script, skip it (data, or `no-run` on a shell block), or fail with the reason. Every block
 * needs a language; TypeScript examples always run; a shell block that uses a command other than `curl`,
 * `echo`, `printf` or `test` (e.g. `pnpm start`, a global install) must say `no-run`.
 *
 * @example
 * ```ts
 * planBlock({ file: 'README.md', line: 3, lang: 'sh', annotations: [], code: 'pnpm start' }).kind; // 'error'
 * ```
 */
export function planBlock(block: CodeBlock): BlockPlan {
  const where = `${block.file}:${block.line}`;
  const noRun = block.annotations.includes('no-run');
  const as = block.annotations.find((a) => a.startsWith('as='))?.slice(3);
  const unknown = block.annotations.filter((a) => a !== 'no-run' && !a.startsWith('as='));
  if (unknown.length > 0)
    return { kind: 'error', message: `${where}: unknown fence annotation ${unknown.join(' ')}` };
  if (block.lang === '')
    return { kind: 'error', message: `${where}: a code block needs a language (e.g. ts, sh, json)` };
  if (TYPESCRIPT.has(block.lang)) {
    if (noRun)
      return { kind: 'error', message: `${where}: TypeScript examples must run; no-run is for shell blocks` };
    return { kind: 'typescript', as: as ?? 'ngo' };
  }
  if (as !== undefined) return { kind: 'error', message: `${where}: as= applies to TypeScript blocks only` };
  if (SHELL.has(block.lang)) {
    if (noRun) return { kind: 'skip', reason: 'marked no-run' };
    const blocked = commandsOf(block.code).filter((c) => !RUNNABLE_COMMANDS.has(c));
    if (blocked.length > 0) {
      return {
        kind: 'error',
        message: `${where}: cannot run ${[...new Set(blocked)].join(', ')} here; mark the fence \`\`\`${block.lang} no-run`,
      };
    }
    return { kind: 'shell' };
  }
  if (DATA.has(block.lang)) {
    if (noRun) return { kind: 'error', message: `${where}: a ${block.lang} block is never run; drop no-run` };
    return { kind: 'skip', reason: `${block.lang} is data, not an example` };
  }
  return {
    kind: 'error',
    message: `${where}: no way to run a ${block.lang} block; use ts, sh or a data language`,
  };
}
