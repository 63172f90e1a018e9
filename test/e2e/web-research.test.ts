/**
 * Background research on screen, in Chromium against the real server (issue #15, part 6): the
 * shopper types a research request, keeps the conversation, and the finished research is pushed to
 * the screen — the comparison of candidates, the shop's fit guide it cites, the web findings of the
 * configured provider (a stand-in speaking SearXNG's JSON on loopback) as links — and announced;
 * after a reload the History tab lists the same research with its products and sources.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, screenshot, useWebE2e, watchPage } from './harness.ts';
import { connectAndGreeted, recordVoiceStates, typeRequest } from './helpers.ts';

/** The web provider's findings; snippets arrive with markup and entities, as SearXNG sends them. */
const FINDINGS = [
  {
    title: 'Waterproof trail shoes tested',
    url: 'https://reviews.example.org/waterproof-trail',
    content: 'The <b>Northpeak</b> membrane kept feet dry &amp; warm.',
  },
  { title: 'Trail shoe sizing', url: 'https://fit.example.org/trail-sizing', content: 'Try them on late.' },
];

const FIT_GUIDE =
  '# Fit guide\n\n## Trail shoes\n\nOur waterproof trail shoes run small: take half a size up for thick socks.\n';

let webSearch: Server;
const webQueries: string[] = [];
beforeAll(async () => {
  webSearch = createServer((req, res) => {
    webQueries.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ results: FINDINGS }));
  });
  await new Promise<void>((resolve) => webSearch.listen(0, '127.0.0.1', resolve));
});
afterAll(() => new Promise<void>((resolve) => webSearch.close(() => resolve())));

const e2e = useWebE2e({
  env: () => ({
    SHOP_RESEARCH_WEB: 'searxng',
    SHOP_RESEARCH_WEB_URL: `http://127.0.0.1:${(webSearch.address() as AddressInfo).port}`,
  }),
});

beforeAll(async () => {
  const imported = await fetch(`${e2e.srv.base}/api/admin/knowledge/default/documents`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ source: 'fit.md', kind: 'size-guide', format: 'markdown', content: FIT_GUIDE }),
  });
  expect(imported.status).toBe(201);
});

describe('research on screen', () => {
  it('typed research: the comparison and its sources are pushed to the screen, and listed in History after a reload', async () => {
    const ctx = await e2e.browser.newContext({ viewport: { width: 1440, height: 900 } });
    await ctx.addInitScript(recordVoiceStates);
    const page = await ctx.newPage();
    const { errors } = watchPage(page);
    await page.goto(e2e.srv.base);
    await connectAndGreeted(page);

    await typeRequest(page, 'research trail shoes');
    // Said at once: the research runs in the background while the conversation goes on.
    await page
      .locator('[data-testid=captions] li[data-role=bot]', { hasText: /looking into trail shoes/ })
      .waitFor({ timeout: 20_000 });

    // Pushed when it finished, without being asked: the comparison, its candidates, its sources.
    const summary = page.locator('[data-testid=research-summary]');
    await summary.waitFor({ timeout: 30_000 });
    expect(await page.textContent('#products-title')).toBe('Research');
    expect(await page.textContent('[data-testid=products-query]')).toContain('trail shoes');
    const compared = (await summary.textContent()) ?? '';
    const count = Number(/^I compared (\d+) products for "trail shoes"\. Top picks: /.exec(compared)?.[1]);
    expect(count).toBeGreaterThanOrEqual(3);
    // The candidates are the cards, and the top three are compared in their order.
    const names = await page
      .locator('[data-testid=carousel] [data-testid=product-card] .card__name')
      .allTextContents();
    expect(names).toHaveLength(count);
    const picks = names.slice(0, 3).map((n) => compared.indexOf(`${n} by `));
    expect(picks.every((at) => at > 0)).toBe(true);
    expect([...picks].sort((a, b) => a - b)).toEqual(picks);
    const cheapest = /The cheapest in stock is (.+?) at €\d+\.\d\d\./.exec(compared)?.[1];
    expect(names).toContain(cheapest);
    expect(compared).toContain('From "Fit guide": Our waterproof trail shoes run small');
    expect(compared).toContain('There are 2 web results on screen too.');
    const sources = page.locator('.products [data-testid=research-sources]');
    expect(await sources.textContent()).toBe(
      'Sources: Fit guide · Waterproof trail shoes tested · Trail shoe sizing',
    );
    expect(
      await sources.getByRole('link', { name: 'Waterproof trail shoes tested' }).getAttribute('href'),
    ).toBe(FINDINGS[0]!.url);
    expect(webQueries).toEqual(['/search?q=trail+shoes&format=json&language=en']);
    // And announced briefly.
    await page
      .locator('[data-testid=captions] li[data-role=bot]', { hasText: /research is ready/ })
      .waitFor({ timeout: 20_000 });
    await screenshot(page, '30-research');

    // Stored for the shopper: after a reload the History tab shows the same research.
    await page.reload();
    await page.click('[data-testid=tab-history]');
    const item = page.locator('[data-testid=research-history] li').first();
    await item.waitFor();
    const listed = (await item.textContent()) ?? '';
    expect(listed).toContain('“trail shoes”');
    expect(listed).toContain(compared);
    for (const name of names) expect(listed).toContain(name);
    expect(await item.locator('[data-testid=research-sources]').textContent()).toBe(
      'Sources: Fit guide · Waterproof trail shoes tested · Trail shoe sizing',
    );
    expect(await item.getByRole('link', { name: 'Trail shoe sizing' }).getAttribute('href')).toBe(
      FINDINGS[1]!.url,
    );
    await screenshot(page, '31-research-history');
    expect(errors).toEqual([]);
    await ctx.close();
  }, 120_000);
});
