/** The shopper's memory over REST: the caller's own only, validated, deletable (SQLite, real identity resolver). */
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../test/store/databases.ts';
import { replyWithError } from '../http/errors.ts';
import { identitySupport } from '../http/identity.ts';
import { zodValidationSupport } from '../http/zod.ts';
import { MemoryService } from '../shop/memory/service.ts';
import { createIdentityResolver, GUEST_COOKIE, registerCookies } from './identity.ts';
import { registerMemoryApi } from './memory-api.ts';

let store: TestStore;
let app: FastifyInstance;
let base: string;

beforeEach(async () => {
  store = await openTestStore('sqlite');
  app = Fastify();
  await registerCookies(app, 'cookie-secret-cookie-secret-cookie-secret');
  const identify = createIdentityResolver({ db: store.db, adminToken: 'a'.repeat(32), secureCookies: false });
  app.setErrorHandler(replyWithError);
  await app.register(zodValidationSupport);
  await app.register(identitySupport, { identify });
  await app.register((scope) => registerMemoryApi(scope, { memory: new MemoryService({ db: store.db }) }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  await app.close();
  await store.close();
});

// biome-ignore lint/suspicious/noExplicitAny: loosely typed JSON replies in assertions
type Json = Record<string, any>;

function guest() {
  let cookie = '';
  return async (method: string, path: string, body?: unknown) => {
    const headers: Record<string, string> = {};
    if (cookie) headers.cookie = cookie;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${base}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const set = res.headers.get('set-cookie');
    if (set?.startsWith(`${GUEST_COOKIE}=`)) cookie = set.split(';')[0]!;
    return { status: res.status, json: (await res.json()) as Json };
  };
}

describe('memory API', () => {
  it('sets, lists, and forgets the caller’s own preferences; another shopper sees none and deletes none', async () => {
    const me = guest();
    const other = guest();
    const size = await me('POST', '/api/me/preferences', { kind: 'size', value: '42', scope: 'shoes' });
    expect(size.status).toBe(201);
    expect(size.json.preference).toMatchObject({ kind: 'size', value: '42', scope: 'shoes' });
    await me('POST', '/api/me/preferences', { kind: 'brand', value: 'Stride' });
    expect((await me('GET', '/api/me/preferences')).json.preferences).toHaveLength(2);
    expect(
      (await me('GET', '/api/me/preferences?kind=brand')).json.preferences.map((p: Json) => p.value),
    ).toEqual(['Stride']);

    expect((await other('GET', '/api/me/preferences')).json.preferences).toEqual([]);
    expect((await other('DELETE', `/api/me/preferences/${size.json.preference.id}`)).status).toBe(404);
    expect((await me('GET', '/api/me/preferences')).json.preferences).toHaveLength(2);

    expect((await me('DELETE', `/api/me/preferences/${size.json.preference.id}`)).json).toEqual({
      forgotten: 1,
    });
    expect((await me('DELETE', '/api/me/preferences?kind=size')).json).toEqual({ forgotten: 0 });
    expect((await me('DELETE', '/api/me/preferences')).json).toEqual({ forgotten: 1 });
    expect((await me('GET', '/api/me/preferences')).json.preferences).toEqual([]);
  });

  it('refuses bad bodies and kinds with 400 and keeps what was stored', async () => {
    const me = guest();
    await me('POST', '/api/me/preferences', { kind: 'budget', value: '150' });
    for (const bad of [
      { kind: 'size' },
      { kind: 'age', value: '40' },
      { kind: 'size', value: '' },
      '{"kind":',
    ]) {
      const r = await me('POST', '/api/me/preferences', bad);
      expect(r.status, JSON.stringify(bad)).toBe(400);
    }
    expect((await me('DELETE', '/api/me/preferences?kind=everything')).status).toBe(400);
    expect((await me('GET', '/api/me/preferences')).json.preferences.map((p: Json) => p.value)).toEqual([
      '150',
    ]);
  });
});
