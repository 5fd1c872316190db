import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  importCycles,
  LAYERS,
  layerViolations,
  readTree,
  roomOf,
  sqlOutsideStore,
} from './architecture.fixture.js';

const src = readTree(fileURLToPath(new URL('.', import.meta.url)));
const refused = readTree(fileURLToPath(new URL('../fixtures/architecture/refused', import.meta.url)));

describe('the registry’s rooms (docs/architecture.md)', () => {
  it('reads every room of src/', () => {
    const rooms = new Set(src.map((f) => roomOf(f.path)));
    for (const room of ['routes', 'store', 'policy', 'contract', 'db', 'http', 'seed', 'auth']) {
      expect(rooms).toContain(room);
    }
    expect(src.some((f) => /\.(test|fixture)\.ts$/.test(f.path))).toBe(false);
  });

  it('imports only down the layers: no room imports one above it or beside it', () => {
    expect(layerViolations(src)).toEqual([]);
  });

  it('has no import cycle between files', () => {
    expect(importCycles(src)).toEqual([]);
  });

  it('writes SQL only in store/, db/ and migrations/', () => {
    expect(sqlOutsideStore(src)).toEqual([]);
  });

  it('finds the SQL of store/ (the check is not blind)', () => {
    const store = src.filter((f) => roomOf(f.path) === 'store');
    const asRoutes = store.map((f) => ({ ...f, path: `routes/${f.path}` }));
    const flagged = new Set(sqlOutsideStore(asRoutes).map((f) => f.path));
    for (const file of [
      'keys.ts',
      'participants.ts',
      'referrals.ts',
      'documents.ts',
      'keyset.ts',
      'audit.ts',
    ]) {
      expect(flagged).toContain(`routes/store/${file}`);
    }
  });
});

describe('the checks refuse a tree that breaks the rules (fixtures/architecture/refused)', () => {
  it('refuses SQL in a route, and allows it in store/', () => {
    const found = sqlOutsideStore(refused);
    expect(found.map((f) => f.path)).toEqual(['routes/widgets.ts']);
    expect(found[0]!.text).toContain('select * from widgets');
  });

  it('refuses an import that runs up the layers', () => {
    expect(layerViolations(refused)).toEqual([
      {
        from: 'store/widgets.ts',
        to: 'routes/widgets.ts',
        why: 'store imports routes, a layer above it',
      },
    ]);
  });

  it('refuses an import between two rooms of one layer, and a room in no layer', () => {
    const layers = [...LAYERS.filter((l) => !l.includes('routes')), ['routes', 'store']];
    expect(layerViolations(refused, layers).map((v) => v.why)).toContain(
      'store imports routes of its own layer',
    );
    const withoutDb = LAYERS.map((l) => l.filter((room) => room !== 'db'));
    expect(layerViolations(refused, withoutDb).map((v) => v.why)).toContain('room db is in no layer');
  });

  it('refuses a cycle', () => {
    expect(importCycles(refused)).toEqual([['db/a.ts', 'db/b.ts']]);
  });
});
