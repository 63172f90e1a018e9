/**
 * Clerk sign-in in the web app, in Chromium against the real server configured by a publishable
 * key alone, with a local stand-in Frontend API (clerk-stand-in.ts): the app loads clerk-js from
 * the address /api/auth/config gives, a guest's cart follows into the Clerk account, the live
 * conversation restarts for the account (/start with the session token), a reload keeps the
 * account, and signing out makes a guest again.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { publishableKeyFor } from '../../src/server/auth/clerk.ts';
import { type ClerkStandIn, startClerkStandIn } from './clerk-stand-in.ts';
import { ADMIN_TOKEN, useWebE2e, watchPage } from './harness.ts';
import { addInStockCardToCart, connectAndGreeted, recordVoiceStates } from './helpers.ts';

let clerk: ClerkStandIn | undefined;
const e2e = useWebE2e({
  env: async () => {
    clerk = await startClerkStandIn();
    return { AUTH_CLERK_PUBLISHABLE_KEY: publishableKeyFor(clerk.frontendApi) };
  },
});
afterAll(async () => {
  await clerk?.close();
});

async function liveSessionOwners(): Promise<string[]> {
  const res = await fetch(`${e2e.srv.base}/api/sessions`, {
    headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
  });
  const body = (await res.json()) as { sessions: { userId: string; state: string }[] };
  return body.sessions.filter((s) => s.state !== 'ended').map((s) => s.userId);
}

async function waitFor<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string): Promise<T> {
  let last: T | undefined;
  for (let i = 0; i < 100; i++) {
    last = await read();
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} never happened: ${JSON.stringify(last)}`);
}

describe('web app with Clerk', () => {
  it('guest cart → Clerk sign-in → the account owns the cart and the conversation; reload; sign out', async () => {
    const ctx = await e2e.browser.newContext({ viewport: { width: 1280, height: 860 } });
    await ctx.addInitScript(recordVoiceStates);
    const page = await ctx.newPage();
    const { errors } = watchPage(page);
    await page.goto(e2e.srv.base);
    await page.waitForSelector('[data-testid=account][data-kind=guest]');
    const pick = await addInStockCardToCart(page, e2e.srv.base);
    await connectAndGreeted(page);

    // Clerk's sign-in (the stand-in's form) opens from our button; no password dialog.
    await page.click('[data-testid=sign-in-button]');
    await page.fill('[data-testid=clerk-email]', 'noa@example.com');
    await page.click('[data-testid=clerk-continue]');
    await page.waitForSelector('[data-testid=account][data-kind=account]');
    expect(await page.textContent('[data-testid=account-label]')).toBe('noa@example.com');
    expect(await page.locator('[data-testid=auth-dialog]').isVisible()).toBe(false);

    // The server sees the Clerk user: the guest's line moved into the account's cart.
    const token = await clerk!.token('user_noa_example_com');
    const me = (await (
      await fetch(`${e2e.srv.base}/api/me`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as {
      userId: string;
      kind: string;
    };
    expect(me.kind).toBe('account');
    const cart = (await (
      await fetch(`${e2e.srv.base}/api/cart`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as { cart: { items: { name: string }[] } };
    expect(cart.cart.items.map((i) => i.name)).toEqual([pick.name]);
    await page.locator('[data-testid=cart-line]', { hasText: pick.name }).waitFor();

    // The live conversation restarted for the account (/start carried the session token).
    await waitFor(
      liveSessionOwners,
      (owners) => owners.length === 1 && owners[0] === me.userId,
      'the account session',
    );

    // A reload keeps the account (Clerk restores its session before the first identity request).
    await page.reload();
    await page.waitForSelector('[data-testid=account][data-kind=account]');
    await page.locator('[data-testid=cart-line]', { hasText: pick.name }).waitFor();

    // Signing out through our menu signs out of Clerk and makes a guest with an empty cart.
    await page.click('[data-testid=account-button]');
    await page.click('[data-testid=sign-out]');
    await page.waitForSelector('[data-testid=account][data-kind=guest]');
    expect(await page.locator('[data-testid=cart-line]').count()).toBe(0);
    expect(errors.filter((e) => !/favicon/.test(e))).toEqual([]);
    await ctx.close();
  }, 120_000);
});
