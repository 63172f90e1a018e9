/** The account screens need: the public password policy, and the account's email and name. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/server/main.ts';

let server: RunningServer;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'vs-me-'));
  server = await startServer({
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_PATH: path.join(dir, 'shop.db'),
    AUTH_PASSWORD_MIN_LENGTH: '12',
  });
}, 120_000);

afterAll(async () => {
  await server?.close('tests done');
  await rm(dir, { recursive: true, force: true });
});

it('publishes the password policy and tells an account its email and name, a guest neither', async () => {
  const base = server.url.replace('localhost', '127.0.0.1');
  expect(await (await fetch(`${base}/api/auth/config`)).json()).toMatchObject({
    passwordEnabled: true,
    passwordMinLength: 12,
    // No CONVEX_CLIENT_URL: the web app reads saved items and history from the REST API.
    convex: null,
  });

  const guest = await fetch(`${base}/api/me`);
  const guestCookie = guest.headers.get('set-cookie')?.split(';')[0] ?? '';
  const guestMe = (await guest.json()) as Record<string, unknown>;
  expect(guestMe.kind).toBe('guest');
  expect('email' in guestMe).toBe(false);

  const signUp = await fetch(`${base}/api/auth/sign-up`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: guestCookie },
    body: JSON.stringify({ email: 'ana@example.com', password: 'a-long-password-1', name: 'Ana López' }),
  });
  expect(signUp.status).toBe(200);
  const cookies = signUp.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const me = (await (await fetch(`${base}/api/me`, { headers: { cookie: cookies } })).json()) as Record<
    string,
    unknown
  >;
  expect(me).toMatchObject({ kind: 'account', email: 'ana@example.com', name: 'Ana López' });
}, 60_000);
