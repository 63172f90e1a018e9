/**
 * The sync-protocol stand-in (test/e2e/convex-sync-stand-in.ts) against the real Convex client
 * (`convex/browser`) in Node: a subscription gets our savedItems.list, a mutation from the
 * client or from another path is pushed to it without asking, a token the stand-in cannot verify
 * is refused, and one user never sees another's items.
 */
import { ConvexClient } from 'convex/browser';
import { ConvexError } from 'convex/values';
import { exportJWK, generateKeyPair, importJWK, jwtVerify, SignJWT } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { api, internal } from '../../convex/_generated/api.js';
import { type ConvexSyncStandIn, startConvexSyncStandIn } from '../e2e/convex-sync-stand-in.ts';

const ISSUER = 'https://clerk.stand-in.test';
let stand: ConvexSyncStandIn;
let sign: (sub: string) => Promise<string>;
const clients: ConvexClient[] = [];

beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  // The stand-in checks tokens the way a deployment's auth config would: by a published key.
  const publicKey = await importJWK(await exportJWK(pair.publicKey), 'RS256');
  sign = (sub) =>
    new SignJWT({})
      .setProtectedHeader({ alg: 'RS256' })
      .setSubject(sub)
      .setIssuer(ISSUER)
      .setAudience('convex')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(pair.privateKey);
  stand = await startConvexSyncStandIn({
    verify: async (token) => {
      const { payload } = await jwtVerify(token, publicKey, { issuer: ISSUER, audience: 'convex' });
      return { issuer: ISSUER, subject: payload.sub!, tokenIdentifier: `${ISSUER}|${payload.sub}` };
    },
  });
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});
afterAll(async () => {
  await stand.close();
});

/** A client signed in as `sub` (or with a token that is not one of the issuer's). */
function clientAs(token: () => Promise<string>, onAuth?: (ok: boolean) => void): ConvexClient {
  const client = new ConvexClient(stand.url, { logger: false });
  client.setAuth(token, onAuth);
  clients.push(client);
  return client;
}

/** The successive results of a subscription, and a way to wait for one that matches. */
function watch<T>(subscribe: (onValue: (v: T) => void, onError: (e: Error) => void) => unknown) {
  const seen: T[] = [];
  const errors: Error[] = [];
  const waiters: { ok: (v: T) => boolean; resolve: (v: T) => void }[] = [];
  subscribe(
    (v) => {
      seen.push(v);
      for (const w of [...waiters]) if (w.ok(v)) waiters.splice(waiters.indexOf(w), 1) && w.resolve(v);
    },
    (e) => errors.push(e),
  );
  return {
    seen,
    errors,
    next: (ok: (v: T) => boolean) =>
      new Promise<T>((resolve) => {
        const hit = seen.find(ok);
        if (hit !== undefined) resolve(hit);
        else waiters.push({ ok, resolve });
      }),
  };
}

const names = (items: { name: string }[]) => items.map((i) => i.name).sort();

describe('Convex sync stand-in with the real client', () => {
  it('subscribes, mutates, and pushes the update to every subscriber', async () => {
    const ann = clientAs(() => sign('user_ann'));
    const annAgain = clientAs(() => sign('user_ann'));
    const first = watch<{ name: string }[]>((on, err) => ann.onUpdate(api.savedItems.list, {}, on, err));
    const second = watch<{ name: string }[]>((on, err) =>
      annAgain.onUpdate(api.savedItems.list, {}, on, err),
    );
    await first.next((items) => items.length === 0);

    const added = await ann.mutation(api.savedItems.add, { item: { productId: 'p1', name: 'Rain jacket' } });
    expect(added.duplicate).toBe(false);
    // Read-your-writes: the mutation resolved after the transition that carries it.
    expect(names(first.seen.at(-1)!)).toEqual(['Rain jacket']);
    expect(names(await second.next((items) => items.length === 1))).toEqual(['Rain jacket']);
    expect(first.errors).toEqual([]);
  });

  it('pushes a write made by another path (the voice server’s HTTP action) without a new request', async () => {
    const bea = clientAs(() => sign('user_bea'));
    const view = watch<{ name: string }[]>((on, err) => bea.onUpdate(api.savedItems.list, {}, on, err));
    await bea.mutation(api.savedItems.add, { item: { productId: 'p2', name: 'Boots' } });
    await view.next((items) => items.length === 1);
    await stand.write(async (t) => {
      const sessionId = await t.run(async (ctx) => {
        const user = await ctx.db
          .query('users')
          .withIndex('by_token', (q) => q.eq('tokenIdentifier', `${ISSUER}|user_bea`))
          .unique();
        return ctx.db.insert('voiceSessions', {
          userId: user!._id,
          transport: 'websocket',
          language: 'en',
          status: 'started',
          startedAt: Date.now(),
        });
      });
      await t.mutation(internal.savedItems.addForSession, {
        sessionId,
        item: { productId: 'p3', name: 'Scarf' },
      });
    });
    expect(names(await view.next((items) => items.length === 2))).toEqual(['Boots', 'Scarf']);
  });

  it('keeps each user to their own items', async () => {
    const cy = clientAs(() => sign('user_cy'));
    const dee = clientAs(() => sign('user_dee'));
    const deeView = watch<{ name: string }[]>((on, err) => dee.onUpdate(api.savedItems.list, {}, on, err));
    await deeView.next((items) => items.length === 0);
    await cy.mutation(api.savedItems.add, { item: { productId: 'p4', name: 'Gloves' } });
    await dee.mutation(api.savedItems.add, { item: { productId: 'p5', name: 'Hat' } });
    expect(names(await deeView.next((items) => items.length > 0))).toEqual(['Hat']);
    expect(deeView.seen.flat().map((i) => i.name)).not.toContain('Gloves');
  });

  it('refuses a token it cannot verify: the client reports auth failed and the query needs sign-in', async () => {
    const other = await generateKeyPair('RS256');
    const forged = () =>
      new SignJWT({})
        .setProtectedHeader({ alg: 'RS256' })
        .setSubject('user_ann')
        .setIssuer(ISSUER)
        .setAudience('convex')
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(other.privateKey);
    const authStates: boolean[] = [];
    const authFailed = new Promise<void>((resolve) => {
      const client = clientAs(forged, (ok) => {
        authStates.push(ok);
        if (!ok) resolve();
      });
      client.onUpdate(
        api.savedItems.list,
        {},
        () => undefined,
        () => undefined,
      );
    });
    await authFailed;
    expect(authStates).toEqual([false]);

    // Without an identity our functions refuse with the module's own error code.
    const anonymous = new ConvexClient(stand.url, { logger: false });
    clients.push(anonymous);
    const err = await anonymous.query(api.savedItems.list, {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConvexError);
    expect((err as ConvexError<{ code: string }>).data.code).toBe('unauthenticated');
  });

  it('refuses internal functions from a client', async () => {
    const ann = clientAs(() => sign('user_ann'));
    const err = await ann
      .mutation(internal.savedItems.addForSession as unknown as typeof api.savedItems.add, {
        item: { productId: 'p', name: 'n' },
      })
      .catch((e: unknown) => e);
    expect(String(err)).toMatch(/Could not find public function/);
  });
});
