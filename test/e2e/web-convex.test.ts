/**
 * The web app's Convex mode (issue 19, part 5) in Chromium: the real server configured with a
 * Clerk publishable key and CONVEX_CLIENT_URL; the page's official Convex client talks to the
 * sync-protocol stand-in (convex-sync-stand-in.ts: our convex/ functions in convex-test's
 * in-memory backend), which verifies the Clerk stand-in's tokens against its JWKS. A Clerk user's
 * saved items come from Convex, a product card's Save is the module's mutation, an item the
 * voice server's link saves (a mutation from the test) and a turn it logs appear without a
 * reload, and with Convex down the page says so instead of waiting forever.
 */
import { createRemoteJWKSet, jwtVerify } from 'jose';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { internal } from '../../convex/_generated/api.js';
import type { Id } from '../../convex/_generated/dataModel.js';
import { publishableKeyFor } from '../../src/server/auth/clerk.ts';
import { type ClerkStandIn, startClerkStandIn } from './clerk-stand-in.ts';
import { type ConvexSyncStandIn, startConvexSyncStandIn } from './convex-sync-stand-in.ts';
import { useWebE2e, watchPage } from './harness.ts';

let clerk: ClerkStandIn | undefined;
let convex: ConvexSyncStandIn | undefined;
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

/** The Convex user row of the signed-in shopper (made by the first mutation). */
async function convexUser(): Promise<Id<'users'>> {
  const user = await convex!.backend.run((ctx) =>
    ctx.db
      .query('users')
      .withIndex('by_token', (q) => q.eq('tokenIdentifier', `http://${clerk!.frontendApi}|${SUBJECT}`))
      .unique(),
  );
  if (!user) throw new Error('no Convex user row for the shopper');
  return user._id;
}

describe('web app in Convex mode', () => {
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
    const stored = await convex!.backend.run((c) => c.db.query('savedItems').collect());
    expect(stored.map((s) => s.name)).toEqual([name]);
    expect(stored[0]!.image ?? '').toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);

    // The voice server's link saves an item (its HTTP action's mutation): shown without a reload.
    const userId = await convexUser();
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
