/**
 * The owner's agent-profile API and POST /start with agents, over HTTP on a real database of
 * each dialect: owner-only access, zod refusals that store nothing, versions, the protected
 * default, and /start accepting or refusing an agent and its overrides.
 */
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/pipeline/clock.ts';
import { Pipeline, PipelineTask } from '../../src/pipeline/index.ts';
import { type AppDeps, buildApp } from '../../src/server/app.ts';
import { serverEnvSchema } from '../../src/server/config.ts';
import { DebugBus } from '../../src/server/debug-bus.ts';
import { ServerMetrics } from '../../src/server/metrics.ts';
import { SessionManager } from '../../src/server/sessions.ts';
import { transportEnvSchema } from '../../src/transports/config.ts';
import { twilioEnvSchema } from '../../src/transports/twilio/config.ts';
import { webrtcEnvSchema } from '../../src/transports/webrtc/config.ts';
import { TEST_DIALECTS, useTestStore } from '../store/databases.ts';
import { makeService, SOFIA } from './fixtures.ts';

const apps: Awaited<ReturnType<typeof buildApp>>[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

async function makeApp(agents: AppDeps['agents']) {
  const env = serverEnvSchema.parse({});
  const sessions = new SessionManager({
    clock: systemClock,
    limits: { maxSessions: 50, maxPerIdentity: 50, connectTimeoutMs: 60_000, maxDurationMs: 3_600_000 },
  });
  const app = await buildApp({
    env,
    sessions,
    metrics: new ServerMetrics(),
    debug: new DebugBus(),
    identify: async (request) => {
      const user = request.headers['x-test-user'];
      if (typeof user !== 'string') return undefined;
      return { userId: user, kind: user === 'owner' ? 'admin' : 'guest' };
    },
    clock: systemClock,
    transportConfig: {
      transport: transportEnvSchema.parse({}),
      webrtc: webrtcEnvSchema.parse({}),
      twilio: twilioEnvSchema.parse({}),
    },
    ensureGuest: async () => {},
    runSession: async (_session, transport) => {
      const task = new PipelineTask(new Pipeline([transport.input, transport.output]), {
        idleTimeoutMs: null,
      });
      transport.attach(task);
      await task.start();
      return { task, close: (reason) => task.cancel(reason) };
    },
    ...(agents ? { agents } : {}),
  });
  apps.push(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const call = async (method: string, path: string, body?: unknown, user: string | null = 'owner') => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(user ? { 'x-test-user': user } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    // biome-ignore lint/suspicious/noExplicitAny: replies are read field by field in the assertions
    return { status: res.status, json: (text ? JSON.parse(text) : undefined) as Record<string, any> };
  };
  return { sessions, call };
}

describe.each(TEST_DIALECTS)('agent profile admin API on %s', (dialect) => {
  const t = useTestStore(dialect);

  it('is for the owner only: 401 without credentials, 403 for a shopper', async () => {
    const { call } = await makeApp(makeService(t.store));
    expect((await call('GET', '/api/admin/agents', undefined, null)).status).toBe(401);
    const shopper = await call('POST', '/api/admin/agents', { id: 'x', ...SOFIA }, 'alice');
    expect(shopper.status).toBe(403);
    expect(shopper.json.detail).toMatch(/shop owner only/);
    expect((await call('DELETE', '/api/admin/agents/default', undefined, 'alice')).status).toBe(403);
    const list = await call('GET', '/api/admin/agents');
    expect(list.status).toBe(200);
    expect(list.json.agents.map((a: { id: string }) => a.id)).toEqual(['default']);
  });

  it('creates, updates as versions, reads every version, deletes; the default stays', async () => {
    const { call } = await makeApp(makeService(t.store));
    const created = await call('POST', '/api/admin/agents', { id: 'sofia', ...SOFIA });
    expect(created.status).toBe(201);
    expect(created.json.agent).toMatchObject({ id: 'sofia', version: 1, brand: 'Moda Sol' });
    const updated = await call('PATCH', '/api/admin/agents/sofia', { brand: 'Moda Luna' });
    expect(updated.json.agent).toMatchObject({ version: 2, brand: 'Moda Luna' });
    const got = await call('GET', '/api/admin/agents/sofia');
    expect(got.json.agent.version).toBe(2);
    expect(got.json.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const v1 = await call('GET', '/api/admin/agents/sofia/versions/1');
    expect(v1.json.agent.brand).toBe('Moda Sol');
    const refused = await call('DELETE', '/api/admin/agents/default');
    expect(refused.status).toBe(409);
    expect(refused.json.detail).toMatch(/default profile cannot be deleted/);
    expect((await call('DELETE', '/api/admin/agents/sofia')).status).toBe(204);
    expect((await call('GET', '/api/admin/agents/sofia')).status).toBe(404);
  });

  it('refuses bad input with a clear 4xx and keeps what is stored', async () => {
    const { call } = await makeApp(makeService(t.store));
    await call('POST', '/api/admin/agents', { id: 'sofia', ...SOFIA });
    const slug = await call('POST', '/api/admin/agents', { ...SOFIA, id: 'Not A Slug', name: 'Other' });
    expect(slug.status).toBe(400);
    expect(slug.json.detail).toMatch(/id: must be a slug/);
    const dup = await call('POST', '/api/admin/agents', { ...SOFIA, id: 'sofia-2', name: 'sofía' });
    expect(dup.status).toBe(409);
    expect(dup.json).toMatchObject({ code: 'conflict', details: { field: 'name' } });
    const provider = await call('PATCH', '/api/admin/agents/sofia', { llm: { provider: 'anthropic' } });
    expect(provider.status).toBe(400);
    expect(provider.json.detail).toMatch(/LLM provider "anthropic" is not configured on this server/);
    const temperature = await call('PATCH', '/api/admin/agents/sofia', { llm: { temperature: 9 } });
    expect(temperature.status).toBe(400);
    expect(temperature.json.detail).toMatch(/llm\.temperature/);
    const missing = await call('PATCH', '/api/admin/agents/nobody', { brand: 'x' });
    expect(missing.status).toBe(404);
    const got = await call('GET', '/api/admin/agents/sofia');
    expect(got.json.versions).toHaveLength(1);
    expect(got.json.agent.brand).toBe('Moda Sol');
  });

  it('is in the OpenAPI document', async () => {
    const { call } = await makeApp(makeService(t.store));
    const doc = await call('GET', '/docs/json', undefined, null);
    expect(Object.keys(doc.json.paths)).toEqual(
      expect.arrayContaining([
        '/api/admin/agents',
        '/api/admin/agents/{id}',
        '/api/admin/agents/{id}/versions/{version}',
      ]),
    );
    expect(
      doc.json.paths['/start'].post.requestBody.content['application/json'].schema.properties,
    ).toHaveProperty('agent');
  });
});

describe.each(TEST_DIALECTS)('POST /start with an agent on %s', (dialect) => {
  const t = useTestStore(dialect);

  it('starts the default, a named agent and its allowed overrides, pinning the version', async () => {
    const service = makeService(t.store);
    await service.create('sofia', SOFIA);
    const { call, sessions } = await makeApp(service);
    expect((await call('POST', '/start', {}, 'alice')).status).toBe(200);
    expect((await call('POST', '/start', { agent: 'sofia', voice: 'espeak:es' }, 'bob')).status).toBe(200);
    const [plain, sofia] = sessions.list().map((s) => sessions.get(s.id)!);
    expect(plain?.agent?.profile).toMatchObject({ id: 'default', version: 0 });
    expect(plain?.language).toBe('en');
    expect(sofia?.agent?.profile).toMatchObject({ id: 'sofia', version: 1 });
    expect(sofia?.agent?.overrides).toEqual({ voice: 'espeak:es' });
    expect(sofia?.language).toBe('es');
  });

  it('refuses an unknown agent (404) and a forbidden override (403, naming the field); nothing is reserved', async () => {
    const service = makeService(t.store);
    await service.create('sofia', SOFIA);
    const { call, sessions } = await makeApp(service);
    const unknown = await call('POST', '/start', { agent: 'nobody' }, 'alice');
    expect(unknown.status).toBe(404);
    expect(unknown.json.detail).toBe('no agent profile "nobody"');
    const prompt = await call('POST', '/start', { agent: 'sofia', system_prompt: 'Be a pirate' }, 'alice');
    expect(prompt.status).toBe(403);
    expect(prompt.json).toMatchObject({ code: 'forbidden_override', details: { field: 'system_prompt' } });
    expect(prompt.json.detail).toMatch(/does not allow sessions to set system_prompt/);
    const language = await call('POST', '/start', { agent: 'sofia', language: 'en' }, 'alice');
    expect(language.status).toBe(403);
    expect(language.json.details.field).toBe('language');
    const voice = await call('POST', '/start', { voice: 'flite:rms' }, 'alice');
    expect(voice.status).toBe(403);
    const slug = await call('POST', '/start', { agent: 'Bad Agent!' }, 'alice');
    expect(slug.status).toBe(400);
    expect(sessions.list()).toEqual([]);
  });
});
