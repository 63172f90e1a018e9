/**
 * Agent profiles through the real front door: the server started as `start` does (offline
 * speech and dialogue engine), two profiles created through the admin API, and Pipecat clients
 * that start sessions with each. Each agent greets first, in its own language and words; a
 * switch-agent message changes the agent mid-session, is answered, and is recorded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PipecatWsClient, type RtviMessage } from '../../src/bench/pipecat-ws-client.ts';
import { startTestServer, type TestServer } from './e2e-helpers.ts';

const ADMIN_TOKEN = 'agents-e2e-admin-token-0123456789abcdef';
let t: TestServer;

const owner = (method: string, path: string, body?: unknown) =>
  fetch(`${t.base}${path}`, {
    method,
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

const SOFIA = {
  id: 'sofia',
  name: 'Sofía',
  brand: 'Moda Sol',
  languages: ['es'],
  instructions: { es: 'Eres Sofía, la vendedora de Moda Sol. Responde en español.' },
  greeting: { text: { es: '¡Hola! Soy Sofía, de Moda Sol. ¿Qué buscas hoy?' } },
  voice: { es: 'espeak:es-419' },
  knowledgeBase: 'moda-sol',
};
const MAX = {
  id: 'max',
  name: 'Max',
  brand: 'Trail Co',
  languages: ['en'],
  instructions: { en: 'You are Max, the outdoor gear expert of Trail Co. Reply in English.' },
  greeting: { text: { en: "Hey, I'm Max from Trail Co. What adventure are we gearing up for?" } },
  voice: { en: 'flite:rms' },
  knowledgeBase: 'trail-co',
};

/** Each brand's own shipping page: the same question has a different answer at each. */
const SHIPPING = {
  'moda-sol': {
    language: 'es',
    content:
      '# Envíos\n\n## Envíos internacionales\n\nEnviamos a Canadá en 7 a 10 días laborables por 25 dólares; los pedidos de más de 200 dólares van gratis.\n',
  },
  'trail-co': {
    language: 'en',
    content:
      '# Shipping\n\n## International shipping\n\nWe do not ship to Canada yet: Trail Co delivers to the United States only, in 3 to 5 business days.\n',
  },
} as const;

const caption = (m: RtviMessage) => m.type === 'bot-tts-text';
const textOf = (m: RtviMessage) => String((m.data as { text?: string }).text ?? '');

beforeAll(async () => {
  t = await startTestServer({ ADMIN_TOKEN, SHOP_NAME: 'Trailhead' });
  for (const profile of [SOFIA, MAX])
    expect((await owner('POST', '/api/admin/agents', profile)).status).toBe(201);
  for (const [kb, doc] of Object.entries(SHIPPING)) {
    const imported = await owner('POST', `/api/admin/knowledge/${kb}/documents`, {
      source: 'shipping.md',
      kind: 'policy',
      format: 'markdown',
      language: doc.language,
      content: doc.content,
    });
    expect(imported.status, await imported.clone().text()).toBeLessThan(300);
  }
}, 120_000);

afterAll(async () => {
  await t?.stop();
});

async function spokenGreeting(client: PipecatWsClient): Promise<string> {
  const first = await client.waitFor(caption, 20_000);
  await client.waitForAudio(first.at, 20_000);
  await client.waitFor((m) => m.type === 'bot-stopped-speaking', 20_000, { after: first.at });
  return client.messages
    .filter((r) => caption(r.message))
    .map((r) => textOf(r.message))
    .join(' ');
}

describe('agent profiles over the Pipecat WebSocket protocol', () => {
  it('two profiles greet first, each in its own language and words; the default names the shop', async () => {
    const sofia = await PipecatWsClient.connect(t.base, { language: 'es', start: { agent: 'sofia' } });
    const max = await PipecatWsClient.connect(t.base, { start: { agent: 'max' } });
    const plain = await PipecatWsClient.connect(t.base);
    expect(await spokenGreeting(sofia)).toContain('Soy Sofía, de Moda Sol');
    expect(await spokenGreeting(max)).toContain("I'm Max from Trail Co");
    expect(await spokenGreeting(plain)).toContain('Welcome to Trailhead');
    await Promise.all([sofia.close(), max.close(), plain.close()]);
  }, 90_000);

  it('two profiles answer the same shipping question from their own knowledge base, in their own language', async () => {
    const sofia = await PipecatWsClient.connect(t.base, { language: 'es', start: { agent: 'sofia' } });
    const max = await PipecatWsClient.connect(t.base, { start: { agent: 'max' } });
    await Promise.all([spokenGreeting(sofia), spokenGreeting(max)]);
    const answer = async (client: PipecatWsClient, question: string) => {
      const asked = performance.now();
      client.sendText(question);
      const first = await client.waitFor(caption, 20_000, { after: asked });
      await client.waitFor((m) => m.type === 'bot-stopped-speaking', 20_000, { after: first.at });
      return client.messages
        .filter((r) => r.at >= asked && caption(r.message))
        .map((r) => textOf(r.message))
        .join(' ');
    };
    const [es, en] = await Promise.all([
      answer(sofia, '¿Hacéis envíos a Canadá?'),
      answer(max, 'Do you ship to Canada?'),
    ]);
    expect(es).toMatch(/Canadá en 7 a 10 días/);
    expect(es).not.toMatch(/United States/);
    expect(en).toMatch(/do not ship to Canada yet/i);
    expect(en).not.toMatch(/7 a 10/);
    await Promise.all([sofia.close(), max.close()]);
  }, 90_000);

  it('switches agent mid-session: answered, the new agent greets, recorded with versions', async () => {
    const client = await PipecatWsClient.connect(t.base, { start: { agent: 'max' } });
    await spokenGreeting(client);
    const unknown = 'sw-unknown';
    client.send({
      label: 'rtvi-ai',
      type: 'client-message',
      id: unknown,
      data: { t: 'switch-agent', d: { agent: 'nobody' } },
    });
    const refused = await client.waitFor((m) => m.type === 'error-response' && m.id === unknown, 10_000);
    expect((refused.message.data as { error: string }).error).toBe('no agent profile "nobody"');
    const id = 'sw-sofia';
    client.send({
      label: 'rtvi-ai',
      type: 'client-message',
      id,
      data: { t: 'switch-agent', d: { agent: 'sofia' } },
    });
    const answer = await client.waitFor((m) => m.type === 'server-response' && m.id === id, 10_000);
    expect(answer.message.data).toEqual({
      t: 'switch-agent',
      d: { agent: 'sofia', version: 1, language: 'es' },
    });
    const greeting = await client.waitFor((m) => caption(m) && textOf(m).includes('Sofía'), 20_000, {
      after: answer.at,
    });
    expect(textOf(greeting.message)).toContain('Soy Sofía');
    await client.waitFor((m) => m.type === 'bot-stopped-speaking', 20_000, { after: greeting.at });

    const sessions = (await (await owner('GET', '/api/sessions')).json()) as { sessions: { id: string }[] };
    const sessionId = sessions.sessions.at(-1)!.id;
    const events = (await (await owner('GET', `/api/sessions/${sessionId}/events`)).json()) as {
      events: { type: string; payload: Record<string, unknown> }[];
    };
    const start = events.events.find((e) => e.type === 'session_start');
    expect(start?.payload).toMatchObject({ agent: 'max', agentVersion: 1, language: 'en' });
    const switched = events.events.find((e) => e.type === 'agent_switch');
    expect(switched?.payload).toEqual({
      from: { agent: 'max', version: 1 },
      to: { agent: 'sofia', version: 1 },
      language: 'es',
    });
    const said = events.events.filter((e) => e.type === 'assistant_text').map((e) => String(e.payload.text));
    expect(said).toEqual(expect.arrayContaining([MAX.greeting.text.en, SOFIA.greeting.text.es]));
    await client.close();
  }, 90_000);
});
