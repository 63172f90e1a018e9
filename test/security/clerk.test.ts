/**
 * Clerk configured by its publishable key alone, on a real server (startServer): the key names a
 * local stand-in Frontend API that serves the JWKS, so the server derives the issuer from it;
 * /api/auth/config tells the web app the key and where clerk-js loads from; a guest who signs in
 * with Clerk claims the guest cart with the session token.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/index.ts';
import { clerkFrontend, frontendApiOf, publishableKeyFor } from '../../src/server/auth/clerk.ts';
import { type RunningServer, startServer } from '../../src/server/main.ts';
import { Browser, tryStartServer } from './harness.ts';

describe('a Clerk publishable key', () => {
  it('names its Frontend API, which is the issuer and serves clerk-js', () => {
    const key = publishableKeyFor('happy-cat-12.clerk.accounts.dev');
    expect(key).toMatch(/^pk_test_/);
    expect(clerkFrontend(key)).toEqual({
      publishableKey: key,
      frontendApi: 'happy-cat-12.clerk.accounts.dev',
      issuer: 'https://happy-cat-12.clerk.accounts.dev',
      scriptUrl: 'https://happy-cat-12.clerk.accounts.dev/npm/@clerk/clerk-js@5/dist/clerk.browser.js',
    });
    expect(
      clerkFrontend(publishableKeyFor('clerk.shop.example', true), 'https://cdn.example/clerk.js'),
    ).toMatchObject({ issuer: 'https://clerk.shop.example', scriptUrl: 'https://cdn.example/clerk.js' });
  });

  it('refuses what is not one, saying why', () => {
    expect(() => frontendApiOf('sk_test_abc')).toThrow(/pk_test_ or pk_live_/);
    expect(() => frontendApiOf(`pk_test_${Buffer.from('no-dollar').toString('base64')}`)).toThrow(
      /does not encode a Frontend API host/,
    );
    expect(() => frontendApiOf(`pk_test_${Buffer.from('evil.com/x?y=$').toString('base64')}`)).toThrow(
      /invalid Frontend API host/,
    );
  });

  it('is checked at startup: a bad one stops the server with the setting named', async () => {
    const refused = await tryStartServer({ AUTH_CLERK_PUBLISHABLE_KEY: 'pk_test_not-base64-of-a-host' });
    expect(refused).toBeInstanceOf(ConfigError);
    expect(String((refused as Error).message)).toContain('AUTH_CLERK_PUBLISHABLE_KEY');
  });
});

describe('signing in with Clerk on a real server', () => {
  let frontend: Server;
  let frontendApi: string;
  let signing: CryptoKey;
  let server: RunningServer;
  let dir: string;
  let base: string;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256', { extractable: true });
    signing = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'ins_1', alg: 'RS256', use: 'sig' };
    frontend = createServer((req, res) => {
      if (req.url === '/.well-known/jwks.json')
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
      else res.writeHead(404).end();
    });
    await new Promise<void>((r) => frontend.listen(0, '127.0.0.1', r));
    frontendApi = `127.0.0.1:${(frontend.address() as AddressInfo).port}`;
    dir = await mkdtemp(path.join(os.tmpdir(), 'vs-clerk-'));
    server = await startServer({
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      DATABASE_PATH: path.join(dir, 'shop.db'),
      AUTH_CLERK_PUBLISHABLE_KEY: publishableKeyFor(frontendApi),
    });
    base = server.url.replace('localhost', '127.0.0.1');
  }, 120_000);

  afterAll(async () => {
    await server?.close('tests done');
    await new Promise<void>((r) => frontend.close(() => r()));
    await rm(dir, { recursive: true, force: true });
  });

  const sessionToken = (sub: string, issuer = `http://${frontendApi}`) => {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ sid: `sess_${sub}` })
      .setProtectedHeader({ alg: 'RS256', kid: 'ins_1', typ: 'JWT' })
      .setSubject(sub)
      .setIssuer(issuer)
      .setIssuedAt(now - 5)
      .setNotBefore(now - 10)
      .setExpirationTime(now + 60)
      .sign(signing);
  };

  it('tells the web app the key and where clerk-js loads from', async () => {
    const res = await fetch(`${base}/api/auth/config`);
    expect(await res.json()).toMatchObject({
      externalTokens: true,
      clerk: {
        publishableKey: publishableKeyFor(frontendApi),
        scriptUrl: `http://${frontendApi}/npm/@clerk/clerk-js@5/dist/clerk.browser.js`,
      },
    });
  });

  it('lets pages load clerk-js and reach the Frontend API (CSP), and nothing else new', async () => {
    const csp = (await fetch(`${base}/`)).headers.get('content-security-policy') ?? '';
    const directive = (name: string) => csp.split(';').find((d) => d.trim().startsWith(`${name} `)) ?? '';
    expect(directive('script-src')).toContain(`http://${frontendApi}`);
    expect(directive('connect-src')).toContain(`http://${frontendApi}`);
    expect(directive('frame-src')).toContain('https://challenges.cloudflare.com');
    expect(directive('img-src')).toContain('https://img.clerk.com');
    expect(directive('default-src')).toBe("default-src 'self'");
  });

  it('moves the guest’s cart into the Clerk account once, and forgets the guest', async () => {
    const browser = new Browser(base);
    const guest = await browser.fetch('/api/me');
    expect(guest.json.kind).toBe('guest');
    const products = await browser.fetch('/api/products');
    const productId = products.json.items[0].id as string;
    const details = await browser.fetch(`/api/products/${productId}`);
    const variant = (
      details.json.variants as {
        size: string | null;
        color: string | null;
        options: object;
        stock: number;
      }[]
    ).find((v) => v.stock >= 2)!;
    const added = await browser.fetch('/api/cart/items', {
      method: 'POST',
      body: {
        productId,
        quantity: 2,
        ...(variant.size ? { size: variant.size } : {}),
        ...(variant.color ? { color: variant.color } : {}),
        ...(Object.keys(variant.options).length ? { options: variant.options } : {}),
      },
    });
    expect(added.status, JSON.stringify(added.json)).toBe(200);

    const bearer = { authorization: `Bearer ${await sessionToken('user_clerk_ana')}` };
    const me = await browser.fetch('/api/me', { headers: bearer });
    expect(me.json.kind).toBe('account');
    expect(me.json.userId).not.toBe(guest.json.userId);
    // Before claiming, the account's own cart is empty: a token alone moves nothing.
    expect((await browser.fetch('/api/cart', { headers: bearer })).json.cart.items).toEqual([]);

    const claim = await browser.fetch('/api/auth/claim-guest', { method: 'POST', headers: bearer });
    expect(claim.status).toBe(200);
    expect(claim.json).toEqual({ userId: me.json.userId, movedCartItems: 1, movedSavedItems: 0 });
    const cart = await browser.fetch('/api/cart', { headers: bearer });
    expect(
      cart.json.cart.items.map((i: { productId: string; quantity: number }) => [i.productId, i.quantity]),
    ).toEqual([[productId, 2]]);
    // The guest cookie was cleared: claiming again moves nothing, and the lines are not doubled.
    expect(browser.cookie).not.toContain('vs_guest');
    const again = await browser.fetch('/api/auth/claim-guest', { method: 'POST', headers: bearer });
    expect(again.json.movedCartItems).toBe(0);
    expect((await browser.fetch('/api/cart', { headers: bearer })).json.cart.items[0].quantity).toBe(2);
  });

  it('refuses to claim as a guest or with another instance’s token, and keeps the guest', async () => {
    const browser = new Browser(base);
    await browser.fetch('/api/me'); // a guest cookie
    // A guest is someone, but not an account to claim into.
    const asGuest = await browser.fetch('/api/auth/claim-guest', { method: 'POST' });
    expect(asGuest.status).toBe(403);
    expect(asGuest.json.detail).toMatch(/signed-in shopper/);
    const foreign = await sessionToken('user_x', 'https://another-instance.clerk.accounts.dev');
    const refused = await browser.fetch('/api/auth/claim-guest', {
      method: 'POST',
      headers: { authorization: `Bearer ${foreign}` },
    });
    expect(refused.status).toBe(401);
    expect(browser.cookie).toContain('vs_guest');
  });
});
