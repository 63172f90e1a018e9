/**
 * Clerk-style session JWTs from a locally generated key set served by a local JWKS endpoint:
 * a valid token maps to one local account; forged, expired, not-yet-valid, wrong-issuer,
 * wrong-audience, alg-confusion (HS256 keyed with the public key) and `alg: none` are refused.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS, useTestStore } from '../store/databases.ts';
import { Browser, startHarness } from './harness.ts';

const ISSUER = 'https://clerk.shop.example.test';
const AUDIENCE = 'voice-shopper';

let jwksServer: Server;
let jwksUrl: string;
let jwksHits = 0;
let signing: CryptoKey;
let publicJwk: JWK;
let attackerKey: CryptoKey;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  signing = pair.privateKey;
  publicJwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  attackerKey = (await generateKeyPair('RS256')).privateKey;
  jwksServer = createServer((req, res) => {
    jwksHits++;
    if (req.url !== '/.well-known/jwks.json') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [publicJwk] }));
  });
  await new Promise<void>((r) => jwksServer.listen(0, '127.0.0.1', r));
  jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/.well-known/jwks.json`;
});
afterAll(async () => {
  await new Promise<void>((r) => jwksServer.close(() => r()));
});

const nowS = () => Math.floor(Date.now() / 1000);

/** Claims as Clerk lays them out for a session token. */
function clerkToken(
  sub: string,
  opts: {
    iss?: string;
    aud?: string | null;
    exp?: number;
    nbf?: number;
    iat?: number;
    key?: CryptoKey;
    kid?: string;
  } = {},
) {
  const t = nowS();
  const jwt = new SignJWT({
    sid: `sess_${sub}`,
    azp: 'https://shop.example.test',
    ...(opts.aud === null ? {} : { aud: opts.aud ?? AUDIENCE }),
  })
    .setProtectedHeader({ alg: 'RS256', kid: opts.kid ?? 'k1', typ: 'JWT' })
    .setSubject(sub)
    .setIssuer(opts.iss ?? ISSUER)
    .setIssuedAt(opts.iat ?? t - 5)
    .setNotBefore(opts.nbf ?? t - 10)
    .setExpirationTime(opts.exp ?? t + 60);
  return jwt.sign(opts.key ?? signing);
}

const b64u = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');

async function hs256WithPublicKey(sub: string): Promise<string> {
  const { createHmac } = await import('node:crypto');
  const header = b64u({ alg: 'HS256', typ: 'JWT', kid: 'k1' });
  const t = nowS();
  const body = b64u({ sub, iss: ISSUER, aud: AUDIENCE, iat: t, nbf: t - 1, exp: t + 60 });
  const pem = JSON.stringify(publicJwk);
  const sig = createHmac('sha256', pem).update(`${header}.${body}`).digest('base64url');
  return `${header}.${body}.${sig}`;
}

function algNone(sub: string): string {
  const t = nowS();
  return `${b64u({ alg: 'none', typ: 'JWT' })}.${b64u({ sub, iss: ISSUER, aud: AUDIENCE, iat: t, exp: t + 60 })}.`;
}

describe.each(TEST_DIALECTS)('external session tokens on %s', (dialect) => {
  const t = useTestStore(dialect);

  it('maps a valid Clerk token to one stable local account and refuses every bad one', async () => {
    const h = await startHarness(t.store, { tokens: { issuer: ISSUER, audience: AUDIENCE, jwksUrl } });
    const as = (token: string) => new Browser(h.base, { authorization: `Bearer ${token}` });

    const first = await as(await clerkToken('user_2abc')).fetch('/api/me');
    expect(first.status).toBe(200);
    expect(first.json.kind).toBe('account');
    expect(first.headers.get('set-cookie')).toBeNull();
    const again = await as(await clerkToken('user_2abc')).fetch('/api/me');
    expect(again.json.userId).toBe(first.json.userId);
    const other = await as(await clerkToken('user_other')).fetch('/api/me');
    expect(other.json.userId).not.toBe(first.json.userId);
    expect(jwksHits).toBeGreaterThan(0);

    const t0 = nowS();
    const [valid] = [await clerkToken('user_2abc')];
    const [h64, p64] = valid.split('.');
    const tampered = `${h64}.${b64u({ ...JSON.parse(Buffer.from(p64!, 'base64url').toString()), sub: 'user_other' })}.${valid.split('.')[2]}`;
    const bad: Record<string, string> = {
      forged: await clerkToken('user_2abc', { key: attackerKey }),
      tampered,
      expired: await clerkToken('user_2abc', { iat: t0 - 600, nbf: t0 - 600, exp: t0 - 300 }),
      notYetValid: await clerkToken('user_2abc', { nbf: t0 + 300 }),
      wrongIssuer: await clerkToken('user_2abc', { iss: 'https://evil.example.test' }),
      wrongAudience: await clerkToken('user_2abc', { aud: 'someone-else' }),
      missingAudience: await clerkToken('user_2abc', { aud: null }),
      unknownKid: await clerkToken('user_2abc', { kid: 'k-unknown', key: attackerKey }),
      algConfusion: await hs256WithPublicKey('user_2abc'),
      algNone: algNone('user_2abc'),
      notAJwt: 'definitely-not-a-jwt',
    };
    for (const [name, token] of Object.entries(bad)) {
      const res = await as(token).fetch('/api/me');
      expect({ name, status: res.status, cookie: res.headers.get('set-cookie') }).toEqual({
        name,
        status: 401,
        cookie: null,
      });
      const start = await as(token).fetch('/start', { method: 'POST', body: {} });
      expect({ name, status: start.status }).toEqual({ name, status: 401 });
    }
  });

  it('without a configured audience accepts Clerk tokens that carry none', async () => {
    const h = await startHarness(t.store, { tokens: { issuer: ISSUER, jwksUrl } });
    const res = await new Browser(h.base, {
      authorization: `Bearer ${await clerkToken('user_noaud', { aud: null })}`,
    }).fetch('/api/me');
    expect(res.status).toBe(200);
    expect(res.json.kind).toBe('account');
  });
});
