import { beforeAll, expect, it } from 'vitest';
import { makeOffer, offerBody, secondCompany, uniqueWord } from '../job-offers.fixture.js';
import { describeRegistry, type Json } from '../registry.fixture.js';

describeRegistry('job offers', (t) => {
  const company = () => t().org('corporate');
  const ngo = () => t().org('ngo');
  let other: Awaited<ReturnType<typeof secondCompany>>;
  beforeAll(async () => {
    other = await secondCompany(t());
  });

  it('drafts, edits, publishes, pauses and closes through core’s machine; invalid moves are 409', async () => {
    const key = company().secretKey;
    const draft = await makeOffer(t(), key, {}, false);
    expect(draft).toMatchObject({ status: 'draft', organizationId: company().id, warnings: [] });
    expect(draft.postedOn).toBeUndefined();
    const edited = await t().call(key, 'PATCH', `/v1/job-offers/${draft.id}`, { json: { openings: 5 } });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ openings: 5, title: 'Kitchen assistant', status: 'draft' });
    // The status moves only through the transitions.
    expect(
      (await t().call(key, 'PATCH', `/v1/job-offers/${draft.id}`, { json: { status: 'open' } })).status,
    ).toBe(422);
    const paused = await t().call(key, 'POST', `/v1/job-offers/${draft.id}/pause`, { json: {} });
    expect(paused.status).toBe(409);
    expect(paused.body.type).toBe('urn:nayabato:problem:invalid-transition');
    expect(paused.body.errors[0]).toMatchObject({ code: 'invalid_job_offer_transition' });
    expect(paused.body.errors[0].message.ne).toMatch(/रोजगार/);
    const opened = await t().call(key, 'POST', `/v1/job-offers/${draft.id}/publish`, { json: {} });
    // Posted on today's date in Nepal (UTC+05:45): from 18:15 UTC that is already tomorrow in UTC terms.
    const nepalToday = new Date(Date.now() + (5 * 60 + 45) * 60_000).toISOString().slice(0, 10);
    expect(opened.body).toMatchObject({ status: 'open', postedOn: nepalToday });
    expect((await t().call(key, 'POST', `/v1/job-offers/${draft.id}/pause`, { json: {} })).body.status).toBe(
      'paused',
    );
    expect(
      (await t().call(key, 'POST', `/v1/job-offers/${draft.id}/publish`, { json: {} })).body.status,
    ).toBe('open');
    expect((await t().call(key, 'POST', `/v1/job-offers/${draft.id}/close`, { json: {} })).body.status).toBe(
      'closed',
    );
    expect((await t().call(key, 'POST', `/v1/job-offers/${draft.id}/publish`, { json: {} })).status).toBe(
      409,
    );
    expect(
      (await t().call(key, 'PATCH', `/v1/job-offers/${draft.id}`, { json: { openings: 1 } })).status,
    ).toBe(409);
    const audit = await t().registry.db.query<{ detail: Json }>(
      "select detail from audit_log where resource_id = $1 and action = 'transition' order by id",
      [draft.id],
    );
    expect(audit.map((a) => a.detail.action)).toEqual(['publish', 'pause', 'publish', 'close']);
  });

  it('returns core’s minimum-wage warning with the record, to every reader', async () => {
    const low = await makeOffer(t(), company().secretKey, {
      wage: { minMonthlyNpr: 12000, maxMonthlyNpr: 15000 },
    });
    expect(low.warnings).toHaveLength(1);
    expect(low.warnings[0]).toMatchObject({
      severity: 'warning',
      code: 'below_minimum_wage',
      pointer: '/wage/minMonthlyNpr',
    });
    expect(low.warnings[0].minimumMonthlyNpr).toBeGreaterThan(12000);
    const seen = await t().call(ngo().secretKey, 'GET', `/v1/job-offers/${low.id}`);
    expect(seen.body.warnings[0].code).toBe('below_minimum_wage');
    const fixed = await t().call(company().secretKey, 'PATCH', `/v1/job-offers/${low.id}`, {
      json: { wage: { minMonthlyNpr: 22000, maxMonthlyNpr: 26000 } },
    });
    expect(fixed.body.warnings).toEqual([]);
    // A wage range the other way round is refused, not warned about.
    const inverted = await t().call(company().secretKey, 'POST', '/v1/job-offers', {
      json: offerBody({ wage: { minMonthlyNpr: 30000, maxMonthlyNpr: 20000 } }),
    });
    expect(inverted.status).toBe(422);
    expect(inverted.body.errors[0].pointer).toBe('/wage/maxMonthlyNpr');
  });

  it('shows open offers to every partner, drafts and paused offers only to their company', async () => {
    const marker = uniqueWord('zqdraft');
    const draft = await makeOffer(t(), company().secretKey, { title: `Draft ${marker}` }, false);
    const open = await makeOffer(t(), company().secretKey, { title: `Open ${uniqueWord()}` });
    const read = (key: string, id: string) => t().call(key, 'GET', `/v1/job-offers/${id}`);
    for (const role of ['ngo', 'ngo2', 'training_institution', 'government', 'coordinator'] as const) {
      expect((await read(t().org(role).secretKey, open.id)).status, role).toBe(200);
      expect((await read(t().org(role).secretKey, draft.id)).status, role).toBe(404);
      const found = await t().call(t().org(role).secretKey, 'GET', `/v1/job-offers?q=${marker}`);
      expect(found.text, role).not.toContain(marker);
    }
    // A publishable key: its own organisation's open offers only.
    expect((await read(company().publishableKey, open.id)).status).toBe(200);
    expect((await read(company().publishableKey, draft.id)).status).toBe(404);
    expect((await read(ngo().publishableKey, open.id)).status).toBe(404);
    expect((await read(other.publishableKey, open.id)).status).toBe(404);
    expect((await t().call(ngo().publishableKey, 'GET', '/v1/job-offers')).body.items).toEqual([]);
    // Another company does not see this one's offers at all.
    expect((await read(other.secretKey, open.id)).status).toBe(404);
    expect((await t().call(other.secretKey, 'GET', '/v1/job-offers')).body.items).toEqual([]);
    expect(
      (await t().call(company().secretKey, 'GET', `/v1/job-offers?q=${marker}`)).body.items,
    ).toHaveLength(1);
    // Only a company writes, and only its own offers.
    for (const role of ['ngo', 'training_institution', 'government', 'coordinator'] as const) {
      expect(
        (await t().call(t().org(role).secretKey, 'POST', '/v1/job-offers', { json: offerBody() })).status,
      ).toBe(403);
      expect(
        (await t().call(t().org(role).secretKey, 'POST', `/v1/job-offers/${open.id}/close`, { json: {} }))
          .status,
      ).toBe(403);
    }
    expect(
      (await t().call(company().publishableKey, 'POST', '/v1/job-offers', { json: offerBody() })).status,
    ).toBe(403);
    expect(
      (await t().call(other.secretKey, 'PATCH', `/v1/job-offers/${open.id}`, { json: { openings: 1 } }))
        .status,
    ).toBe(404);
    expect(
      (await t().call(other.secretKey, 'POST', `/v1/job-offers/${open.id}/close`, { json: {} })).status,
    ).toBe(404);
  });

  it('answers public reads with a strong ETag, 304 on If-None-Match, and cache headers by credential', async () => {
    const offer = await makeOffer(t(), company().secretKey, { title: `Cached ${uniqueWord()}` });
    for (const path of [
      '/v1/job-offers',
      `/v1/job-offers/${offer.id}`,
      `/v1/job-offers/${offer.id}/job-posting`,
    ]) {
      const first = await t().call(company().publishableKey, 'GET', path);
      expect(first.status, path).toBe(200);
      const tag = first.headers.get('etag');
      expect(tag, path).toMatch(/^"[A-Za-z0-9_-]+"$/);
      expect(first.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=300');
      expect(first.headers.get('vary')).toContain('Authorization');
      const again = await t().call(company().publishableKey, 'GET', path, {
        headers: { 'if-none-match': tag! },
      });
      expect(again.status, path).toBe(304);
      expect(again.text).toBe('');
      expect(again.headers.get('etag')).toBe(tag);
      const stale = await t().call(company().publishableKey, 'GET', path, {
        headers: { 'if-none-match': '"other"' },
      });
      expect(stale.status).toBe(200);
      const secret = await t().call(ngo().secretKey, 'GET', path);
      expect(secret.headers.get('cache-control')).toBe('private, no-cache');
    }
    const before = (await t().call(ngo().secretKey, 'GET', `/v1/job-offers/${offer.id}`)).headers.get('etag');
    await t().call(company().secretKey, 'PATCH', `/v1/job-offers/${offer.id}`, { json: { openings: 9 } });
    const after = await t().call(ngo().secretKey, 'GET', `/v1/job-offers/${offer.id}`, {
      headers: { 'if-none-match': before! },
    });
    expect(after.status).toBe(200);
    expect(after.body.openings).toBe(9);
  });

  it('serves core’s JSON-LD JobPosting as application/ld+json', async () => {
    const offer = await makeOffer(t(), company().secretKey, {
      title: 'Line cook <b>',
      validThrough: '2099-01-31',
    });
    const res = await t().call(company().publishableKey, 'GET', `/v1/job-offers/${offer.id}/job-posting`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    expect(res.body).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Line cook <b>',
      employmentType: 'FULL_TIME',
      validThrough: '2099-01-31T23:59:59+05:45',
      hiringOrganization: { '@type': 'Organization', name: company().name },
      jobLocation: { address: { addressRegion: 'Gandaki', addressCountry: 'NP' } },
      baseSalary: { currency: 'NPR', value: { minValue: 21000, maxValue: 25000, unitText: 'MONTH' } },
      directApply: false,
    });
    expect(res.body.description).toContain('<p>Help the chefs');
    const draft = await makeOffer(t(), company().secretKey, {}, false);
    expect((await t().call(ngo().secretKey, 'GET', `/v1/job-offers/${draft.id}/job-posting`)).status).toBe(
      404,
    );
  });

  it('filters, searches (English and Nepali, by word prefix) and pages every sort without gaps or repeats', async () => {
    const tag = uniqueWord('zqpage');
    const specs = [
      { district: 'Kaski', employmentType: 'FULL_TIME', min: 21000, valid: '2099-03-01', title: 'Cook' },
      { district: 'Kaski', employmentType: 'PART_TIME', min: 25000, valid: '2099-01-15', title: 'Waiter' },
      { district: 'Kaski', employmentType: 'FULL_TIME', min: 30000, valid: undefined, title: 'Chef' },
      {
        district: 'Kaski',
        employmentType: 'FULL_TIME',
        min: 21000,
        valid: '2099-02-01',
        title: 'Cook helper',
      },
      { district: 'Chitwan', employmentType: 'FULL_TIME', min: 40000, valid: '2099-01-01', title: 'Cook' },
      { district: 'Kaski', employmentType: 'FULL_TIME', min: 23000, valid: '2099-01-15', title: 'भान्से' },
      { district: 'Kaski', employmentType: 'FULL_TIME', min: 26000, valid: '2099-04-01', title: 'Baker' },
    ];
    const made: Json[] = [];
    for (const s of specs) {
      made.push(
        await makeOffer(t(), company().secretKey, {
          title: `${s.title} ${tag}`,
          description: `Kitchen work with ${tag}desc and होटलको काम`,
          district: s.district,
          employmentType: s.employmentType,
          wage: { minMonthlyNpr: s.min, maxMonthlyNpr: s.min + 1000 },
          ...(s.valid ? { validThrough: s.valid } : {}),
        }),
      );
    }
    await makeOffer(t(), company().secretKey, { title: `Paused ${tag}` }).then((o) =>
      t().call(company().secretKey, 'POST', `/v1/job-offers/${o.id}/pause`, { json: {} }),
    );
    const kaskiFullTime = made.filter(
      (_, i) => specs[i]!.district === 'Kaski' && specs[i]!.employmentType === 'FULL_TIME',
    );
    const pages = async (query: string) => {
      const ids: string[] = [];
      let cursor: string | null = null;
      let count = 0;
      do {
        const res: Json = await t().call(
          ngo().secretKey,
          'GET',
          `/v1/job-offers?q=${tag}&limit=2&${query}${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        expect(res.body.items.length).toBeLessThanOrEqual(2);
        ids.push(...res.body.items.map((o: Json) => o.id));
        cursor = res.body.nextCursor;
        count++;
      } while (cursor && count < 20);
      return ids;
    };
    const filter = 'district=Kaski&employmentType=FULL_TIME';
    const newest = await pages(filter);
    expect(newest).toEqual(kaskiFullTime.map((o) => o.id).reverse()); // same posting day: newest created first
    const closing = await pages(`${filter}&sort=closing`);
    const byClosing = [...kaskiFullTime].sort(
      (a, b) => (a.validThrough ?? '9999').localeCompare(b.validThrough ?? '9999') || 0,
    );
    expect(closing).toEqual(byClosing.map((o) => o.id));
    const wage = await pages(`${filter}&sort=wage`);
    const byWage = [...kaskiFullTime]
      .map((o, i) => ({ o, i }))
      .sort((a, b) => b.o.wage.minMonthlyNpr - a.o.wage.minMonthlyNpr || b.i - a.i)
      .map(({ o }) => o.id);
    expect(wage).toEqual(byWage);
    // The paused offer is the company's alone.
    expect((await pages('')).length).toBe(made.length);
    expect((await t().listAll(company().secretKey, `/v1/job-offers?q=${tag}`)).length).toBe(made.length + 1);
    expect((await t().listAll(company().secretKey, `/v1/job-offers?q=${tag}&status=paused`)).length).toBe(1);
    // Search: a title word, a prefix, a description word, a Nepali word, several words at once.
    const search = async (q: string) =>
      (
        await t().call(ngo().secretKey, 'GET', `/v1/job-offers?q=${encodeURIComponent(q)}&limit=100`)
      ).body.items
        .filter((o: Json) => made.some((m) => m.id === o.id))
        .map((o: Json) => o.title);
    expect(await search(`waiter ${tag}`)).toEqual([`Waiter ${tag}`]);
    expect((await search(`${tag} cook`)).sort()).toEqual(
      [`Cook ${tag}`, `Cook ${tag}`, `Cook helper ${tag}`].sort(),
    );
    expect((await search(`${tag}desc`)).length).toBe(made.length);
    expect(await search(`भान्से ${tag}`)).toEqual([`भान्से ${tag}`]);
    expect((await search(`होटल ${tag}`)).length).toBe(made.length);
    expect(await search(`${tag} plumber`)).toEqual([]);
    // The trade filter and the company filter.
    expect((await t().listAll(ngo().secretKey, `/v1/job-offers?q=${tag}&trade=tailoring`)).length).toBe(0);
    expect(
      (await t().listAll(ngo().secretKey, `/v1/job-offers?q=${tag}&organizationId=${company().id}`)).length,
    ).toBe(made.length);
  });

  it('takes an offer out of public reads once its validThrough day has passed; an expired offer cannot open', async () => {
    const word = uniqueWord('zqexpired');
    const offer = await makeOffer(t(), company().secretKey, {
      title: `Expiring ${word}`,
      validThrough: '2099-01-01',
    });
    expect((await t().call(ngo().secretKey, 'GET', `/v1/job-offers?q=${word}`)).body.items).toHaveLength(1);
    // Time passes: the offer's last day is now behind us (written as the demo seed would).
    await t().registry.db.query(
      `update job_offers set data = data || '{"postedOn": "2020-01-01", "validThrough": "2020-01-31"}'::jsonb where id = $1`,
      [offer.id],
    );
    expect((await t().call(ngo().secretKey, 'GET', `/v1/job-offers?q=${word}`)).body.items).toEqual([]);
    expect((await t().call(ngo().secretKey, 'GET', `/v1/job-offers/${offer.id}`)).status).toBe(404);
    expect(
      (await t().call(company().publishableKey, 'GET', `/v1/job-offers/${offer.id}/job-posting`)).status,
    ).toBe(404);
    // Its company still has it, and closes it.
    expect((await t().call(company().secretKey, 'GET', `/v1/job-offers/${offer.id}`)).body.status).toBe(
      'open',
    );
    const draft = await makeOffer(t(), company().secretKey, { validThrough: '2020-01-31' }, false);
    const opened = await t().call(company().secretKey, 'POST', `/v1/job-offers/${draft.id}/publish`, {
      json: {},
    });
    expect(opened.status).toBe(422);
    expect(opened.body.errors[0]).toMatchObject({
      pointer: '/validThrough',
      code: 'valid_through_before_posted',
    });
  });

  it('refuses bad query parameters with 400 naming them', async () => {
    const key = ngo().secretKey;
    for (const query of [
      'sort=salary',
      'district=Atlantis',
      'employmentType=SOMETIMES',
      'status=gone',
      'trade=x',
      'q=a%00b',
      `q=${'a'.repeat(201)}`,
      'organizationId=x',
    ]) {
      const res = await t().call(key, 'GET', `/v1/job-offers?${query}`);
      expect(res.status, query).toBe(400);
    }
    const first = await makeOffer(t(), company().secretKey);
    await makeOffer(t(), company().secretKey);
    const page = await t().call(key, 'GET', '/v1/job-offers?limit=1&sort=closing');
    expect(page.body.nextCursor).toBeTruthy();
    // A cursor of one sort is refused by another.
    const other = await t().call(
      key,
      'GET',
      `/v1/job-offers?limit=1&sort=wage&cursor=${page.body.nextCursor}`,
    );
    expect(other.status).toBe(400);
    expect(other.body.type).toBe('urn:nayabato:problem:bad-cursor');
    expect(first.id).toMatch(/^job_/);
  });
});
