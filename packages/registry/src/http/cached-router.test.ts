import { Hono } from 'hono';
import type { Result, Router } from 'hono/router';
import { TrieRouter } from 'hono/router/trie-router';
import type { H, RouterRoute } from 'hono/types';
import { describe, expect, it } from 'vitest';
import { CachedRouter, ROUTES_REMEMBERED } from './cached-router.js';

/** A trie router that counts the matches it is asked for. */
class Counting<T> implements Router<T> {
  readonly name = 'Counting';
  readonly inner = new TrieRouter<T>();
  asked: string[] = [];
  add(method: string, path: string, handler: T): void {
    this.inner.add(method, path, handler);
  }
  match(method: string, path: string): Result<T> {
    this.asked.push(`${method} ${path}`);
    return this.inner.match(method, path);
  }
}

describe('CachedRouter', () => {
  it('matches once per method and path, whatever the query, and serves each request its own params', async () => {
    const counting = new Counting<[H, RouterRoute]>();
    const app = new Hono({ router: new CachedRouter(counting) });
    app.use('/v1/*', async (c, next) => {
      await next();
      c.res.headers.set('x-seen', 'yes');
    });
    app.get('/v1/things/:id', (c) => c.json({ id: c.req.param('id'), q: c.req.query('q') ?? null }));
    app.post('/v1/things/:id', (c) => c.json({ posted: c.req.param('id') }));

    const answers = [];
    for (const url of ['/v1/things/a?q=1', '/v1/things/a?q=2', '/v1/things/b', '/v1/things/a']) {
      const res = await app.request(url);
      answers.push({ body: await res.json(), seen: res.headers.get('x-seen') });
    }
    expect(answers).toEqual([
      { body: { id: 'a', q: '1' }, seen: 'yes' },
      { body: { id: 'a', q: '2' }, seen: 'yes' },
      { body: { id: 'b', q: null }, seen: 'yes' },
      { body: { id: 'a', q: null }, seen: 'yes' },
    ]);
    expect(await (await app.request('/v1/things/a', { method: 'POST' })).json()).toEqual({ posted: 'a' });
    expect(counting.asked).toEqual(['GET /v1/things/a', 'GET /v1/things/b', 'POST /v1/things/a']);
    expect((await app.request('/v1/other')).status).toBe(404);
  });

  it('forgets every match once it holds the most it remembers, and when a route is added', () => {
    const counting = new Counting<string>();
    const router = new CachedRouter(counting);
    router.add('GET', '/x/:n', 'x');
    for (let n = 0; n < ROUTES_REMEMBERED; n++) router.match('GET', `/x/${n}`);
    router.match('GET', '/x/0');
    expect(counting.asked).toHaveLength(ROUTES_REMEMBERED);
    router.match('GET', `/x/${ROUTES_REMEMBERED}`); // full: forgets all, then keeps this one
    router.match('GET', '/x/0');
    expect(counting.asked.slice(ROUTES_REMEMBERED)).toEqual([`GET /x/${ROUTES_REMEMBERED}`, 'GET /x/0']);
    router.add('GET', '/y', 'y');
    router.match('GET', '/x/0');
    expect(counting.asked.at(-1)).toBe('GET /x/0');
    expect(counting.asked).toHaveLength(ROUTES_REMEMBERED + 3);
  });
});
