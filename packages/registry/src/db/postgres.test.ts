import pg from 'pg';
import { expect, it } from 'vitest';

it('leaves pg’s global type parsers alone (bigint stays a string for other pools)', async () => {
  await import('./postgres.js');
  expect(pg.types.getTypeParser(pg.types.builtins.INT8, 'text')('42')).toBe('42');
});
