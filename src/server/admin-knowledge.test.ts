/** The owner's knowledge-base API over the real identity resolver and store (SQLite). */
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../test/store/databases.ts';
import { KnowledgeBase } from '../agents/knowledge/index.ts';
import { replyWithError } from '../http/errors.ts';
import { identitySupport } from '../http/identity.ts';
import { zodValidationSupport } from '../http/zod.ts';
import { registerAdminKnowledge } from './admin-knowledge.ts';
import { createIdentityResolver, registerCookies } from './identity.ts';

const ADMIN = 'admin-token-admin-token-admin-token';
let store: TestStore;
let app: FastifyInstance;
let base: string;

beforeEach(async () => {
  store = await openTestStore('sqlite');
  const knowledge = new KnowledgeBase({
    db: store.db,
    embedder: null,
    config: { KNOWLEDGE_MAX_DOCUMENT_BYTES: 4096 },
  });
  app = Fastify();
  await registerCookies(app, 'cookie-secret-cookie-secret-cookie-secret');
  app.setErrorHandler(replyWithError);
  await app.register(zodValidationSupport);
  await app.register(identitySupport, {
    identify: createIdentityResolver({ db: store.db, adminToken: ADMIN, secureCookies: false }),
  });
  await app.register((scope) => registerAdminKnowledge(scope, { knowledge }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  await app.close();
  await store.close();
});

// biome-ignore lint/suspicious/noExplicitAny: loosely typed JSON replies in assertions
type Json = any;

async function call(method: string, path: string, body?: unknown, token: string | null = ADMIN) {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${base}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: (text ? JSON.parse(text) : undefined) as Json };
}

const RETURNS = {
  source: 'returns.md',
  kind: 'policy',
  format: 'markdown',
  content: '# Returns\n\n## Time limit\n\nReturn unworn shoes within 45 days.\n',
};

describe('admin knowledge API', () => {
  it('imports, lists, searches and deletes documents; re-import of the same content is unchanged', async () => {
    const created = await call('POST', '/api/admin/knowledge/shoes/documents', RETURNS);
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ status: 'created', title: 'Returns', chunks: 1 });
    expect((await call('POST', '/api/admin/knowledge/shoes/documents', RETURNS)).json.status).toBe(
      'unchanged',
    );
    const list = await call('GET', '/api/admin/knowledge/shoes/documents');
    expect(list.json.documents).toMatchObject([{ source: 'returns.md', kind: 'policy', chunks: 1 }]);
    const found = await call('GET', '/api/admin/knowledge/shoes/search?q=how%20long%20to%20return%20shoes');
    expect(found.json.passages[0]).toMatchObject({ title: 'Returns', headings: ['Time limit'] });
    expect(
      (await call('DELETE', `/api/admin/knowledge/shoes/documents/${created.json.documentId}`)).status,
    ).toBe(204);
    expect(
      (await call('DELETE', `/api/admin/knowledge/shoes/documents/${created.json.documentId}`)).status,
    ).toBe(404);
  });

  it('is the owner’s only: without the owner token, 401', async () => {
    expect((await call('GET', '/api/admin/knowledge/shoes/documents', undefined, null)).status).toBe(401);
    expect(
      (await call('POST', '/api/admin/knowledge/shoes/documents', RETURNS, 'not-the-token')).status,
    ).toBe(401);
  });

  it('refuses bad documents and queries with the reason, keeping what was stored', async () => {
    await call('POST', '/api/admin/knowledge/shoes/documents', RETURNS);
    const big = await call('POST', '/api/admin/knowledge/shoes/documents', {
      ...RETURNS,
      content: 'x '.repeat(4000),
    });
    expect(big).toMatchObject({ status: 413, json: { code: 'oversized' } });
    const broken = await call('POST', '/api/admin/knowledge/shoes/documents', {
      ...RETURNS,
      format: 'html',
      content: '<h1>Returns</h1><p>45 days</h3>',
    });
    expect(broken).toMatchObject({ status: 422, json: { code: 'broken_html' } });
    const empty = await call('POST', '/api/admin/knowledge/shoes/documents', {
      ...RETURNS,
      content: '# Returns\n',
    });
    expect(empty).toMatchObject({ status: 422, json: { code: 'empty' } });
    const binary = await call('POST', '/api/admin/knowledge/shoes/documents', {
      ...RETURNS,
      content: 'PK\u0003\u0004\u0000\u0000',
    });
    expect(binary).toMatchObject({ status: 415, json: { code: 'binary' } });
    expect((await call('POST', '/api/admin/knowledge/Bad Slug/documents', RETURNS)).status).toBe(400);
    expect((await call('GET', '/api/admin/knowledge/shoes/search?q=')).json).toMatchObject({
      code: 'bad_query',
    });
    const huge = await call('GET', `/api/admin/knowledge/shoes/search?q=${'word%20'.repeat(120)}`);
    expect(huge).toMatchObject({ status: 400, json: { code: 'bad_query' } });
    const list = await call('GET', '/api/admin/knowledge/shoes/documents');
    expect(list.json.documents).toHaveLength(1);
    const found = await call('GET', '/api/admin/knowledge/shoes/search?q=return%20shoes');
    expect(found.json.passages[0].text).toBe('Return unworn shoes within 45 days.');
  });
});
