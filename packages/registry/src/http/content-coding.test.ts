import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { noneMatch } from './conditional.js';
import { acceptsGzip, GZIP_MIN_BYTES, gzipRepresentation, varyWith } from './content-coding.js';

describe('acceptsGzip', () => {
  it.each([
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8, *;q=0.1', true],
    ['x-gzip', true],
    ['GZIP', true],
    ['*', true],
    ['gzip;q=0', false],
    ['gzip;q=0, *', false],
    ['gzip; q=0.000', false],
    ['*;q=0', false],
    ['identity', false],
    ['br', false],
    ['gzip;q=nonsense', false],
    ['', false],
  ])('%j → %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });

  it('takes no header as identity only', () => {
    expect(acceptsGzip(undefined)).toBe(false);
  });
});

describe('varyWith', () => {
  it('adds a field once, whatever its case', () => {
    expect(varyWith(undefined, 'Accept-Encoding')).toBe('Accept-Encoding');
    expect(varyWith('Authorization', 'Accept-Encoding')).toBe('Authorization, Accept-Encoding');
    expect(varyWith('Authorization, accept-encoding', 'Accept-Encoding')).toBe(
      'Authorization, accept-encoding',
    );
    expect(varyWith('*', 'Accept-Encoding')).toBe('*');
  });
});

describe('gzipRepresentation', () => {
  const body = (n: number) => new TextEncoder().encode(JSON.stringify({ items: 'x'.repeat(n) }));

  it('compresses a body worth it, with a tag of its own that revalidates the same answer', () => {
    const identity = body(5000);
    const headers = {
      etag: '"abc"',
      'content-type': 'application/json',
      vary: 'Authorization, Accept-Encoding',
    };
    const gzip = gzipRepresentation(headers, identity)!;
    expect(gzip.headers).toEqual({ ...headers, etag: '"abc-gzip"', 'content-encoding': 'gzip' });
    expect(new Uint8Array(gunzipSync(gzip.body))).toEqual(identity);
    expect(gzip.body.byteLength).toBeLessThan(identity.byteLength / 10);
    // Either tag revalidates the answer, and a weak one too; another answer's tag does not.
    for (const tag of ['"abc"', '"abc-gzip"', 'W/"abc-gzip"', '"other", "abc"']) {
      expect(noneMatch(tag, '"abc"')).toBe(true);
      expect(noneMatch(tag, '"abc-gzip"')).toBe(true);
    }
    expect(noneMatch('"abd"', '"abc-gzip"')).toBe(false);
  });

  it('leaves a small body, or one already encoded, as it is', () => {
    expect(gzipRepresentation({ etag: '"a"' }, body(10))).toBeUndefined();
    expect(body(GZIP_MIN_BYTES).byteLength).toBeGreaterThanOrEqual(GZIP_MIN_BYTES);
    expect(gzipRepresentation({ etag: '"a"' }, body(GZIP_MIN_BYTES))).toBeDefined();
    expect(gzipRepresentation({ etag: '"a"', 'content-encoding': 'br' }, body(5000))).toBeUndefined();
  });
});
