/**
 * A guest's saved items claimed into their account (convex/claims.ts through the HTTP action
 * `/voice/claim-guest`), in convex-test's in-memory backend: filed under the user the issuer and
 * subject name (created if the app never called Convex), seen by that user's own queries, once
 * per key whatever the retries, refused with a wrong secret or bad input, one bad card not
 * costing the others.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../convex/_generated/api.js';
import { MAX_CLAIMED_ITEMS } from '../../convex/claims.ts';
import { ANN, BOB, newBackend, SECRET } from './backend.ts';

afterEach(() => vi.unstubAllEnvs());

type Backend = ReturnType<typeof newBackend>;

const post = (t: Backend, body: unknown, secret: string | null = SECRET) =>
  t.fetch('/voice/claim-guest', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(secret === null ? {} : { 'x-s2s-secret': secret }) },
    body: JSON.stringify(body),
  });

const socks = { productId: 'p-socks', name: 'Wool socks', price: 12, currency: 'EUR' };
const shell = { productId: 'p-shell', name: 'Rain shell', url: 'https://shop.test/p/p-shell' };
const claimOf = (who: typeof ANN, key: string, items: unknown[]) => ({
  key,
  issuer: who.issuer,
  subject: who.subject,
  items,
});

const names = async (t: Backend, who = ANN) =>
  (await t.withIdentity(who).query(api.savedItems.list, {})).map((i) => i.name).sort();

describe('claims.importGuest (POST /voice/claim-guest)', () => {
  it('files the items under the named user, whom the app then sees as itself (one user row)', async () => {
    const t = newBackend();
    const res = await post(t, claimOf(ANN, 'claim-1', [socks, shell]));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ added: 2, alreadySaved: 0, refused: 0, duplicate: false });
    expect(await names(t)).toEqual(['Rain shell', 'Wool socks']);
    // The app's first mutation finds the row the claim made instead of making another.
    await t.withIdentity(ANN).mutation(api.savedItems.add, { item: { productId: 'p-cap', name: 'Cap' } });
    const users = await t.run((ctx) => ctx.db.query('users').collect());
    expect(users.map((u) => u.subject)).toEqual([ANN.subject]);
    expect(await names(t, BOB)).toEqual([]);
  });

  it('finds the user by issuer and subject whatever form the deployment gives tokenIdentifier', async () => {
    const t = newBackend();
    const odd = { ...ANN, tokenIdentifier: 'deployment-specific-form-of-ann' };
    await t.withIdentity(odd).mutation(api.savedItems.add, { item: socks });
    await post(t, claimOf(ANN, 'claim-1', [shell]));
    expect(await names(t, odd)).toEqual(['Rain shell', 'Wool socks']);
    expect(await t.run((ctx) => ctx.db.query('users').collect())).toHaveLength(1);
  });

  it('adds nothing on a retry of the same key, not even an item removed meanwhile', async () => {
    const t = newBackend();
    const ann = t.withIdentity(ANN);
    await ann.mutation(api.savedItems.add, { item: socks });
    const first = await (await post(t, claimOf(ANN, 'claim-1', [socks, shell]))).json();
    expect(first).toMatchObject({ added: 1, alreadySaved: 1, duplicate: false });
    const [removed] = (await ann.query(api.savedItems.list, {})).filter(
      (i) => i.productId === shell.productId,
    );
    await ann.mutation(api.savedItems.remove, { itemId: removed!._id });
    const retry = await post(t, claimOf(ANN, 'claim-1', [socks, shell]));
    expect(retry.status).toBe(200);
    expect(await retry.json()).toEqual({ ...first, duplicate: true });
    expect(await names(t)).toEqual(['Wool socks']);
  });

  it('refuses a key already used for another user (a sender bug), storing nothing for them', async () => {
    const t = newBackend();
    await post(t, claimOf(ANN, 'claim-1', [socks]));
    const res = await post(t, claimOf(BOB, 'claim-1', [shell]));
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ code: 'conflict' });
    expect(await names(t, BOB)).toEqual([]);
  });

  it('counts a card it refuses and keeps the others', async () => {
    const t = newBackend();
    const bad = { productId: 'p-bad', name: 'Bad link', url: 'javascript:alert(1)' };
    const res = await post(t, claimOf(ANN, 'claim-1', [bad, socks]));
    expect(await res.json()).toMatchObject({ added: 1, refused: 1 });
    expect(await names(t)).toEqual(['Wool socks']);
  });

  it('refuses a wrong secret, a bad issuer, a malformed body and too many items with 4xx', async () => {
    const t = newBackend();
    const unauth = await post(t, claimOf(ANN, 'claim-1', [socks]), 'wrong');
    expect(unauth.status).toBe(401);
    const cases: [unknown, RegExp][] = [
      [{ ...claimOf(ANN, 'claim-1', [socks]), issuer: 'password' }, /issuer/],
      [{ ...claimOf(ANN, ' ', [socks]) }, /key must not be empty/],
      [{ key: 'claim-1', issuer: ANN.issuer, items: [socks] }, /subject|Validator|validator/],
      [
        claimOf(
          ANN,
          'claim-1',
          Array.from({ length: MAX_CLAIMED_ITEMS + 1 }, () => socks),
        ),
        /at most/,
      ],
    ];
    for (const [body, message] of cases) {
      const res = await post(t, body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      const answer = (await res.json()) as { code: string; message: string };
      expect(answer.code).toBe('invalid_argument');
      expect(answer.message).toMatch(message);
    }
    expect(await t.run((ctx) => ctx.db.query('users').collect())).toEqual([]);
  });
});
