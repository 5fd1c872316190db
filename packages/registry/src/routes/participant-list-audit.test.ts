import { expect, it } from 'vitest';
import { describeRegistry } from '../registry.fixture.js';

interface AuditLine {
  actor_org: string;
  actor_key: string | null;
  action: string;
  resource_type: string;
  resource_id: string;
  participant_id: string | null;
  purpose: string;
}

/**
 * An NGO's participant list writes its audit rows in the list's own statement (issue 12): exactly one row
 * per participant returned, none for the row fetched only to tell whether another page follows, with the
 * caller's purpose; a search still records its summary row as well.
 */
describeRegistry('participant list audit', (t) => {
  const rowsOf = (requestId: string) =>
    t().registry.db.query<AuditLine>(
      `select actor_org, actor_key, action, resource_type, resource_id, participant_id, purpose
       from audit_log where request_id = $1 order by id`,
      [requestId],
    );

  it('audits each participant of a page once, with the request, the caller and its purpose', async () => {
    const res = await t().call(t().org('ngo').secretKey, 'GET', '/v1/participants?limit=3', {
      headers: { 'x-purpose': 'case_review' },
    });
    expect(res.status).toBe(200);
    const page = res.body as { items: { id: string }[]; nextCursor: string | null };
    expect(page.items).toHaveLength(3);
    expect(page.nextCursor).not.toBeNull();
    const rows = await rowsOf(res.headers.get('x-request-id')!);
    expect(rows.map((r) => r.resource_id)).toEqual(page.items.map((p) => p.id));
    for (const row of rows) {
      expect(row).toMatchObject({
        actor_org: t().org('ngo').id,
        action: 'list',
        resource_type: 'participant',
        participant_id: row.resource_id,
        purpose: 'case_review',
      });
      expect(row.actor_key).toMatch(/^key_/);
    }
  });

  it('audits nothing for an empty page, and the next page by its own request', async () => {
    const first = await t().call(t().org('ngo').secretKey, 'GET', '/v1/participants?limit=2');
    const cursor = (first.body as { nextCursor: string }).nextCursor;
    const next = await t().call(t().org('ngo').secretKey, 'GET', `/v1/participants?limit=2&cursor=${cursor}`);
    const ids = (next.body as { items: { id: string }[] }).items.map((p) => p.id);
    expect((await rowsOf(next.headers.get('x-request-id')!)).map((r) => r.resource_id)).toEqual(ids);
    const none = await t().call(
      t().org('ngo').secretKey,
      'GET',
      `/v1/participants?limit=5&updatedSince=${encodeURIComponent('2999-01-01T00:00:00Z')}`,
    );
    expect(none.status).toBe(200);
    expect((none.body as { items: unknown[] }).items).toEqual([]);
    expect(await rowsOf(none.headers.get('x-request-id')!)).toEqual([]);
  });

  it('still audits a search with its summary row and one row per participant found', async () => {
    const res = await t().call(t().org('ngo').secretKey, 'POST', '/v1/participants/search', {
      json: { limit: 2 },
    });
    expect(res.status).toBe(200);
    const ids = (res.body as { items: { id: string }[] }).items.map((p) => p.id);
    const rows = await rowsOf(res.headers.get('x-request-id')!);
    expect(rows.map((r) => r.resource_type)).toEqual(['participant_search', ...ids.map(() => 'participant')]);
    expect(rows.slice(1).map((r) => r.resource_id)).toEqual(ids);
  });
});
