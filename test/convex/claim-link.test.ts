/**
 * A guest's saved items reach their Convex records when they sign in with Clerk, over HTTP: the
 * real voice server (SQLite) with Clerk configured by a publishable key whose Frontend API is a
 * local stand-in serving the JWKS, and CONVEX_URL pointing at convex-test's in-memory backend's
 * HTTP actions served on a local port. The guest saves through the REST API, signs in (a signed
 * session token), claims; the items move into the account on the server at once and reach Convex
 * once Convex is reachable — once each, also when Convex took a delivery but its answer was lost.
 */

import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../convex/_generated/api.js';
import { publishableKeyFor } from '../../src/server/auth/clerk.ts';
import { type RunningServer, startServer } from '../../src/server/main.ts';
import { type ClerkStandIn, startClerkStandIn } from '../e2e/clerk-stand-in.ts';
import { Browser } from '../security/harness.ts';
import { newBackend, SECRET } from './backend.ts';

type Backend = ReturnType<typeof newBackend>;

let dir: string;
let server: RunningServer;
let base: string;
let clerk: ClerkStandIn;
let convexHttp: Server;
let t: Backend;
/**
 * How Convex's HTTP endpoint behaves: `down` answers 503 without running anything; `lose-answer`
 * runs the action, then answers 504 (the reply lost on the way back, as after a gateway timeout).
 */
let mode: 'up' | 'down' | 'lose-answer' = 'up';
const served: { path: string; status: number }[] = [];

async function serveConvexHttp(): Promise<string> {
  convexHttp = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        if (mode === 'down') {
          served.push({ path: req.url ?? '', status: 503 });
          res.writeHead(503, { 'content-type': 'text/plain' }).end('deployment unavailable');
          return;
        }
        const headers = new Headers();
        for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
        const answer = await t.fetch(req.url ?? '/', {
          method: req.method ?? 'GET',
          headers,
          body: Buffer.concat(chunks).toString('utf8'),
        });
        const status = mode === 'lose-answer' ? 504 : answer.status;
        if (mode === 'lose-answer') mode = 'up';
        served.push({ path: req.url ?? '', status });
        res.writeHead(status, { 'content-type': answer.headers.get('content-type') ?? 'text/plain' });
        res.end(status === 504 ? '{}' : await answer.text());
      })().catch((err: unknown) => {
        res.writeHead(500).end(String(err));
      });
    });
  });
  await new Promise<void>((resolve) => convexHttp.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(convexHttp.address() as AddressInfo).port}`;
}

async function eventually<T>(
  probe: () => Promise<T | undefined>,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (performance.now() > deadline)
      throw new Error(`timed out waiting for ${what}; Convex answered: ${JSON.stringify(served)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'vs-convex-claim-'));
  clerk = await startClerkStandIn();
  const convexUrl = await serveConvexHttp();
  server = await startServer({
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_PATH: path.join(dir, 'shop.db'),
    LOG_LEVEL: 'silent',
    AUTH_CLERK_PUBLISHABLE_KEY: publishableKeyFor(clerk.frontendApi),
    S2S_SECRET: SECRET,
    CONVEX_URL: convexUrl,
    CONVEX_RETRY_BASE_MS: '200',
    CONVEX_RETRY_MAX_MS: '400',
    CONVEX_POLL_MS: '200',
  });
  base = server.url.replace('localhost', '127.0.0.1');
  t = newBackend({ url: base });
}, 60_000);

// The suite's config unstubs the environment before each test: the deployment's variables again.
beforeEach(() => {
  vi.stubEnv('VOICE_SERVER_URL', base);
  vi.stubEnv('VOICE_S2S_SECRET', SECRET);
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await server?.close('tests done');
  await new Promise((r) => convexHttp?.close(r));
  await clerk?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The Clerk user as Convex sees them (tokenIdentifier is Convex's "<iss>|<sub>"). */
const convexIdentity = (subject: string) => ({ issuer: `http://${clerk.frontendApi}`, subject });

async function claimStatus() {
  const res = await fetch(`${base}/api/s2s/convex`, { headers: { 'x-s2s-secret': SECRET } });
  return ((await res.json()) as { counts: Record<string, number> }).counts;
}

describe('a guest who signs in with Clerk brings their saved items into Convex', () => {
  it('moves them into the account at once and delivers them once Convex is back, once each', async () => {
    const browser = new Browser(base);
    const products = (await browser.fetch('/api/products')).json.items as { id: string; name: string }[];
    const picks = products.slice(0, 2);
    for (const p of picks) {
      const saved = await browser.fetch('/api/saved', { method: 'POST', body: { productId: p.id } });
      expect(saved.status, JSON.stringify(saved.json)).toBe(200);
    }

    mode = 'down';
    const bearer = { authorization: `Bearer ${await clerk.token('user_claim_ana')}` };
    const claim = await browser.fetch('/api/auth/claim-guest', { method: 'POST', headers: bearer });
    expect(claim.status).toBe(200);
    expect(claim.json).toMatchObject({ movedCartItems: 0, movedSavedItems: 2 });
    // On the server the account holds them at once, whatever Convex is doing.
    const account = await browser.fetch('/api/saved', { headers: bearer });
    expect(account.json.saved.map((s: { product: { id: string } }) => s.product.id).sort()).toEqual(
      picks.map((p) => p.id).sort(),
    );
    await eventually(
      async () =>
        served.some((s) => s.path === '/voice/claim-guest' && s.status === 503) ? true : undefined,
      'a refused delivery while Convex is down',
    );
    const ana = t.withIdentity(convexIdentity('user_claim_ana'));
    expect(await ana.query(api.savedItems.list, {})).toEqual([]);
    expect((await claimStatus()).claimsPending).toBe(1);

    // Back, but the first answer is lost after Convex stored the items: the retry adds nothing.
    mode = 'lose-answer';
    const delivered = await eventually(async () => {
      const counts = await claimStatus();
      return counts.claimsDone === 1 ? counts : undefined;
    }, 'the claim delivered');
    expect(delivered).toMatchObject({ claimsPending: 0, claimsDead: 0 });
    const claimPosts = served.filter((s) => s.path === '/voice/claim-guest').map((s) => s.status);
    expect(claimPosts.slice(-2)).toEqual([504, 200]);
    const inConvex = await ana.query(api.savedItems.list, {});
    expect(inConvex.map((i) => i.productId).sort()).toEqual(picks.map((p) => p.id).sort());
    expect(inConvex.map((i) => i.name).sort()).toEqual(picks.map((p) => p.name).sort());
    expect(await t.run((ctx) => ctx.db.query('guestClaims').collect())).toHaveLength(1);
    // Nobody else got them.
    expect(await t.withIdentity(convexIdentity('user_someone_else')).query(api.savedItems.list, {})).toEqual(
      [],
    );

    // Claiming again (the guest cookie is gone) owes nothing more.
    const again = await browser.fetch('/api/auth/claim-guest', { method: 'POST', headers: bearer });
    expect(again.json).toMatchObject({ movedSavedItems: 0 });
    expect(await claimStatus()).toMatchObject({ claimsPending: 0, claimsDone: 1, claimsDead: 0 });
  }, 60_000);

  it('refuses a token it cannot verify, moving and owing nothing', async () => {
    const browser = new Browser(base);
    const products = (await browser.fetch('/api/products')).json.items as { id: string }[];
    await browser.fetch('/api/saved', { method: 'POST', body: { productId: products[0]!.id } });
    const before = await claimStatus();
    const forged = await browser.fetch('/api/auth/claim-guest', {
      method: 'POST',
      headers: { authorization: 'Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln' },
    });
    expect(forged.status).toBe(401);
    expect((await browser.fetch('/api/saved')).json.saved).toHaveLength(1);
    expect(await claimStatus()).toEqual(before);
  });
});
