import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { codeBlocks, planBlock } from './markdown-blocks.js';

/** The example runner's reading of Markdown: every block found, and an unrunnable block never passes silently. */
const fixture = 'scripts/fixtures/examples.md';
const text = readFileSync(fileURLToPath(new URL(`../${fixture}`, import.meta.url)), 'utf8');

describe('code blocks of a Markdown file', () => {
  const blocks = codeBlocks(fixture, text);

  it('finds every fenced block with its line, language, annotations and code', () => {
    expect(blocks.map((b) => [b.line, b.lang, b.annotations.join(' ')])).toEqual([
      [5, 'sh', ''],
      [9, 'sh', 'no-run'],
      [13, 'sh', ''],
      [18, 'ts', ''],
      [22, 'ts', 'as=training_institution'],
      [26, 'ts', 'no-run'],
      [30, 'json', ''],
      [34, '', ''],
      [40, 'sh', ''],
      [44, 'sh', 'weird'],
    ]);
    expect(blocks[8]?.code).toBe('echo indented && rm -rf node_modules');
    expect(blocks[9]?.code).toBe('```');
  });

  it('plans each block, failing with file and line on one it cannot run', () => {
    expect(blocks.map((b) => planBlock(b))).toEqual([
      { kind: 'error', message: `${fixture}:5: cannot run pnpm here; mark the fence \`\`\`sh no-run` },
      { kind: 'skip', reason: 'marked no-run' },
      { kind: 'shell' },
      { kind: 'typescript', as: 'ngo' },
      { kind: 'typescript', as: 'training_institution' },
      { kind: 'error', message: `${fixture}:26: TypeScript examples must run; no-run is for shell blocks` },
      { kind: 'skip', reason: 'json is data, not an example' },
      { kind: 'error', message: `${fixture}:34: a code block needs a language (e.g. ts, sh, json)` },
      { kind: 'error', message: `${fixture}:40: cannot run rm here; mark the fence \`\`\`sh no-run` },
      { kind: 'error', message: `${fixture}:44: unknown fence annotation weird` },
    ]);
  });
});
