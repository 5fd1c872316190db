import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * `custom-elements.json` (written by `pnpm generate`; CI fails when it is stale) documents every element
 * the package registers, with the TSDoc the analyzer reads: tag, description, attributes, events, parts
 * and custom properties. These checks catch an element added without its TSDoc tags.
 */
const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const src = join(pkgDir, 'src');

interface Declaration {
  readonly name: string;
  readonly tagName?: string;
  readonly description?: string;
  readonly attributes?: readonly { name: string; description?: string }[];
  readonly events?: readonly { name: string; description?: string }[];
  readonly cssParts?: readonly { name: string }[];
  readonly cssProperties?: readonly { name: string }[];
}
const manifest = JSON.parse(readFileSync(join(pkgDir, 'custom-elements.json'), 'utf8')) as {
  modules: { path: string; declarations?: Declaration[] }[];
};
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

/** Every `define('nb-…', …)` call in a registration file (`x/x.ts`). */
function registeredTags(): string[] {
  return readdirSync(src, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'base')
    .flatMap((dir) => {
      const text = readFileSync(join(src, dir.name, `${dir.name}.ts`), 'utf8');
      return [...text.matchAll(/define\('(nb-[a-z-]+)'/g)].map((m) => m[1] as string);
    })
    .sort();
}

describe('custom-elements.json', () => {
  it('is the manifest package.json points to', () => {
    const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
    expect(pkg.customElements).toBe('custom-elements.json');
    expect(pkg.files).toContain('custom-elements.json');
  });

  it('lists exactly the registered tags, each described', () => {
    expect(elements.map((e) => e.tagName).sort()).toEqual(registeredTags());
    for (const element of elements) expect(element.description?.length).toBeGreaterThan(40);
  });

  it('documents the quick exit: href, its event, its parts and its custom properties', () => {
    const exit = elements.find((e) => e.tagName === 'nb-quick-exit')!;
    expect(exit.attributes?.map((a) => a.name)).toEqual(expect.arrayContaining(['href', 'lang', 'calendar']));
    expect(exit.events?.map((e) => e.name)).toEqual(['nb-exit']);
    expect(exit.cssParts?.map((p) => p.name)).toEqual(['button', 'hint']);
    expect(exit.cssProperties?.map((p) => p.name)).toContain('--nb-quick-exit-background');
    for (const attribute of exit.attributes ?? []) expect(attribute.description).toBeTruthy();
  });

  it('documents the impact numbers and the story gallery: attributes, parts, custom properties', () => {
    const stats = elements.find((e) => e.tagName === 'nb-impact-stats')!;
    expect(stats.attributes?.map((a) => a.name)).toEqual(
      expect.arrayContaining(['organization', 'from', 'to', 'lang', 'calendar']),
    );
    expect(stats.cssParts?.map((p) => p.name)).toEqual(
      expect.arrayContaining(['chart', 'table', 'suppressed']),
    );
    expect(stats.cssProperties?.map((p) => p.name)).toContain('--nb-impact-stats-bar-color');
    const gallery = elements.find((e) => e.tagName === 'nb-story-gallery')!;
    expect(gallery.attributes?.map((a) => a.name)).toEqual(expect.arrayContaining(['organization', 'limit']));
    expect(gallery.cssParts?.map((p) => p.name)).toEqual(expect.arrayContaining(['story', 'photo', 'text']));
    for (const attribute of [...(stats.attributes ?? []), ...(gallery.attributes ?? [])])
      expect(attribute.description).toBeTruthy();
  });
});
