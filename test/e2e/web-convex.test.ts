/**
 * The web app's Convex mode (issue 19, part 5) in Chromium: the real server configured with a
 * Clerk publishable key and CONVEX_CLIENT_URL; the page's official Convex client talks to the
 * sync-protocol stand-in (convex-sync-stand-in.ts: our convex/ functions in convex-test's
 * in-memory backend), which verifies the Clerk stand-in's tokens against its JWKS. A Clerk user's
 * saved items come from Convex, a product card's Save is the module's mutation, an item the
 * voice server's link saves (a mutation from the test) and a turn it logs appear without a
 * reload, and with Convex down the page says so instead of waiting forever. A guest who saved
 * items (through the REST API: guests have no Convex identity) and then signs in finds them in
 * Convex: the server's claim moves them into the account and its Convex link delivers them to
 * the module's `/voice/claim-guest`, served by the stand-in on the same port.
 */
import { createRemoteJWKSet, jwtVerify } from 'jose';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { internal } from '../../convex/_generated/api.js';
import type { Id } from '../../convex/_generated/dataModel.js';
import { publishableKeyFor } from '../../src/server/auth/clerk.ts';
import { type ClerkStandIn, startClerkStandIn } from './clerk-stand-in.ts';
import { type ConvexSyncStandIn, startConvexSyncStandIn } from './convex-sync-stand-in.ts';
import { useWebE2e, watchPage } from './harness.ts';

let clerk: ClerkStandIn | undefined;
let convex: ConvexSyncStandIn | undefined;
/** The secret shared by the voice server (CONVEX_SECRET) and the deployment (VOICE_S2S_SECRET). */
const VOICE_SECRET = 'e2e-convex-secret-that-is-at-least-32-characters';
/** This user's tokens are refused (as by a deployment whose auth config does not accept them). */
const REFUSED_SUBJECT = 'user_eve_example_com';
const e2e = useWebE2e({
  env: async () => {
    clerk = await startClerkStandIn();
    const issuer = `http://${clerk.frontendApi}`;
    const jwks = createRemoteJWKSet(new URL(`${issuer}/.well-known/jwks.json`));
    convex = await startConvexSyncStandIn({
      // What a deployment's auth config does with Clerk: the issuer's keys, the issuer's claims.
      verify: async (token) => {
        const { payload } = await jwtVerify(token, jwks, { issuer });
        if (payload.sub === REFUSED_SUBJECT) throw new Error('no auth provider matches this token');
        return { issuer, subject: payload.sub!, tokenIdentifier: `${issuer}|${payload.sub}` };
      },
    });
    return {
      AUTH_CLERK_PUBLISHABLE_KEY: publishableKeyFor(clerk.frontendApi),
      CONVEX_CLIENT_URL: convex.url,
      // The voice server's link posts to the stand-in's HTTP actions.
      CONVEX_URL: convex.url,
      CONVEX_SECRET: VOICE_SECRET,
      CONVEX_RETRY_BASE_MS: '200',
      CONVEX_RETRY_MAX_MS: '1000',
      CONVEX_POLL_MS: '500',
    };
  },
});
afterAll(async () => {
  await convex?.close();
  await clerk?.close();
});

const SUBJECT = 'user_noa_example_com';

async function signIn(page: Page, email = 'noa@example.com'): Promise<void> {
  await page.click('[data-testid=sign-in-button]');
  await page.fill('[data-testid=clerk-email]', email);
  await page.click('[data-testid=clerk-continue]');
  await page.waitForSelector('[data-testid=account][data-kind=account]');
}

const savedNames = (page: Page) => page.locator('[data-testid=saved] .line__name').allTextContents();

/** The Convex user row of a signed-in shopper (made by the first mutation or the guest claim). */
async function convexUser(subject = SUBJECT): Promise<Id<'users'>> {
  const user = await convex!.backend.run((ctx) =>
    ctx.db
      .query('users')
      .withIndex('by_token', (q) => q.eq('tokenIdentifier', `http://${clerk!.frontendApi}|${subject}`))
      .unique(),
  );
  if (!user) throw new Error(`no Convex user row for ${subject}`);
  return user._id;
}

describe('web app in Convex mode', () => {
  it('a guest’s saved items are in Convex after signing in with Clerk', async () => {
    // The deployment's environment: the HTTP actions check the voice server's secret.
    vi.stubEnv('VOICE_S2S_SECRET', VOICE_SECRET);
    const ctx = await e2e.browser.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await ctx.newPage();
    const { errors } = watchPage(page);
    await page.goto(e2e.srv.base);
    await page.waitForSelector('[data-testid=account][data-kind=guest]');

    // As a guest, two product cards saved: they go to the REST API (no Convex identity yet).
    const cards = page.locator('[data-testid=product-card]');
    await cards.first().waitFor();
    const names: string[] = [];
    for (const i of [0, 1]) {
      const card = cards.nth(i);
      names.push((await card.locator('h3').first().textContent())?.trim() ?? '');
      await card.getByRole('button', { name: /Save/ }).click();
    }
    await page.click('[data-testid=tab-saved]');
    for (const name of names)
      await page.locator('[data-testid=saved] .line__name', { hasText: name }).waitFor();
    expect(await convex!.backend.run((c) => c.db.query('savedItems').collect())).toEqual([]);

    // Signing in claims the guest: the Saved panel now lists Convex's rows, which hold both items.
    await signIn(page, 'lea@example.com');
    await page.click('[data-testid=tab-shop]');
    await page.click('[data-testid=tab-saved]');
    for (const name of names)
      await page.locator('[data-testid=saved] .line__name', { hasText: name }).waitFor();
    const lea = await convexUser('user_lea_example_com');
    const rows = await convex!.backend.run((c) =>
      c.db
        .query('savedItems')
        .withIndex('by_user', (q) => q.eq('userId', lea))
        .collect(),
    );
    expect(rows.map((r) => r.name).sort()).toEqual([...names].sort());
    expect(await convex!.backend.run((c) => c.db.query('guestClaims').collect())).toHaveLength(1);
    expect((await savedNames(page)).sort()).toEqual([...names].sort());

    // Live from Convex: an item the voice server saves for her shows up next to them.
    const sessionId = await convex!.write((t) =>
      t.run((c) =>
        c.db.insert('voiceSessions', {
          userId: lea,
          transport: 'websocket',
          language: 'en',
          status: 'started',
          startedAt: Date.now(),
        }),
      ),
    );
    await convex!.write((t) =>
      t.mutation(internal.savedItems.addForSession, {
        sessionId,
        item: { productId: 'voice-lea', name: 'Gloves saved by voice' },
      }),
    );
    await page.locator('[data-testid=saved] .line__name', { hasText: 'Gloves saved by voice' }).waitFor();
    expect(errors.filter((e) => !/favicon/.test(e))).toEqual([]);
    await ctx.close();
  }, 120_000);

  it('saved items and history come from Convex live; Convex down is reported', async () => {
    const ctx = await e2e.browser.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await ctx.newPage();
    const { errors } = watchPage(page);
    await page.goto(e2e.srv.base);
    await page.waitForSelector('[data-testid=account][data-kind=guest]');
    const policy = (await (await fetch(`${e2e.srv.base}/api/auth/config`)).json()) as { convex: unknown };
    expect(policy.convex).toEqual({ url: convex!.url, tokenTemplate: 'convex' });

    await signIn(page);

    // A product card's Save is the module's mutation: the row lands in Convex, the list shows it.
    const card = page.locator('[data-testid=product-card]').first();
    await card.waitFor();
    const name = (await card.locator('h3').first().textContent())?.trim() ?? '';
    await card.getByRole('button', { name: /Save/ }).click();
    await page.click('[data-testid=tab-saved]');
    await page.locator('[data-testid=saved] .line__name', { hasText: name }).waitFor();
    const userId = await convexUser();
    const stored = await convex!.backend.run((c) =>
      c.db
        .query('savedItems')
        .withIndex('by_user', (q) => q.eq('userId', userId))
        .collect(),
    );
    expect(stored.map((s) => s.name)).toEqual([name]);
    expect(stored[0]!.image ?? '').toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);

    // The voice server's link saves an item (its HTTP action's mutation): shown without a reload.
    const sessionId = await convex!.write((t) =>
      t.run((c) =>
        c.db.insert('voiceSessions', {
          userId,
          transport: 'websocket',
          language: 'en',
          status: 'started',
          startedAt: Date.now(),
        }),
      ),
    );
    await convex!.write((t) =>
      t.mutation(internal.savedItems.addForSession, {
        sessionId,
        item: { productId: 'voice-1', name: 'Trail socks saved by voice', price: 12, currency: 'EUR' },
      }),
    );
    await page
      .locator('[data-testid=saved] .line__name', { hasText: 'Trail socks saved by voice' })
      .waitFor();
    expect((await savedNames(page)).sort()).toEqual([name, 'Trail socks saved by voice'].sort());

    // History is the module's session summaries; a turn the link logs shows up live.
    await page.click('[data-testid=tab-history]');
    await page.locator('[data-testid=history] .history__item').first().waitFor();
    expect(await page.locator('[data-testid=history] .history__item').count()).toBe(1);
    await convex!.write((t) =>
      t.mutation(internal.turns.log, {
        sessionId,
        key: 'vs:e2e:1',
        role: 'user',
        text: 'warm socks for hiking',
        at: Date.now(),
      }),
    );
    await page
      .locator('[data-testid=history] .history__quote', { hasText: 'warm socks for hiking' })
      .waitFor();

    // A deployment that refuses the Clerk token: a page says sign-in failed instead of loading.
    // (Another browser, another Clerk user, so the first page's session is untouched.)
    const otherCtx = await e2e.browser.newContext({ viewport: { width: 1280, height: 860 } });
    const refused = await otherCtx.newPage();
    await refused.goto(e2e.srv.base);
    await refused.waitForSelector('[data-testid=account][data-kind=guest]');
    await signIn(refused, 'eve@example.com');
    await refused.click('[data-testid=tab-saved]');
    const authProblem = refused.locator('[data-testid=convex-problem][data-kind=auth]');
    expect(await authProblem.textContent()).toMatch(/did not accept your sign-in/);
    await otherCtx.close();

    // Convex goes down: the open page says so (the client keeps retrying behind it).
    await convex!.close();
    await page.click('[data-testid=tab-saved]');
    const problem = page.locator('[data-testid=convex-problem][data-kind=unreachable]');
    await problem.waitFor();
    expect(await problem.textContent()).toMatch(/cannot be reached/);

    // A fresh load with Convex down: the signed-in page reports it rather than loading forever.
    const fresh = await ctx.newPage();
    const freshWatch = watchPage(fresh);
    await fresh.goto(e2e.srv.base);
    await fresh.waitForSelector('[data-testid=account][data-kind=account]');
    await fresh.click('[data-testid=tab-saved]');
    await fresh.locator('[data-testid=convex-problem][data-kind=unreachable]').waitFor();
    expect(await fresh.locator('[data-testid=saved]').count()).toBe(0);
    // Saving a card while Convex is down is refused at once, with the same explanation.
    await fresh.click('[data-testid=tab-shop]');
    await fresh.locator('[data-testid=product-card]').first().getByRole('button', { name: /Save/ }).click();
    expect(
      await fresh.locator('[data-testid=toast]', { hasText: /cannot be reached/ }).textContent(),
    ).toMatch(/Convex/);

    // The browser logs the refused WebSocket connections; nothing else may fail.
    const unexpected = [...errors, ...freshWatch.errors].filter(
      (e) => !/favicon|WebSocket connection to 'ws:\/\/127\.0\.0\.1:\d+\/api\/[^/]+\/sync' failed/.test(e),
    );
    expect(unexpected).toEqual([]);
    await ctx.close();
  }, 180_000);
});
