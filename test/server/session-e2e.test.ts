/**
 * The whole offline product through its real front door: the server started as `start` does
 * (real SQLite file, demo catalog, Silero, pocketsphinx with the catalog LM, flite, the offline
 * dialogue engine), driven by a client speaking the Pipecat protobuf + RTVI protocol.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { synthesize } from '../../src/audio/testing/speech-fixtures.ts';
import { PipecatWsClient, type RtviMessage } from '../../src/bench/pipecat-ws-client.ts';
import { type RunningServer, startServer } from '../../src/server/main.ts';

let server: RunningServer;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'vs-e2e-'));
  server = await startServer({
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_PATH: path.join(dir, 'shop.db'),
    LOG_LEVEL: 'silent',
  });
}, 120_000);

afterAll(async () => {
  await server?.close('tests done');
  await rm(dir, { recursive: true, force: true });
});

const base = () => server.url.replace('localhost', '127.0.0.1');
const products = (m: RtviMessage) =>
  m.type === 'server-message' && (m.data as { type?: string })?.type === 'products';

async function speech(text: string): Promise<Int16Array> {
  const { pcm } = await synthesize(text, { engine: 'flite', voice: 'slt' });
  // Half a second of silence after the words lets the VAD see the end of speech.
  const padded = new Int16Array(pcm.length + 16_000);
  padded.set(pcm, 4_000);
  return padded;
}

describe('a shopper session over the Pipecat WebSocket protocol', () => {
  it('answers a typed request with products on screen and spoken audio', async () => {
    const client = await PipecatWsClient.connect(base());
    client.sendText('show me running shoes');
    const shown = await client.waitFor(products, 20_000);
    const items = (shown.message.data as { items: { name: string; price: number }[] }).items;
    expect(items.length).toBeGreaterThan(0);
    await client.waitForAudio(0, 20_000);
    expect(client.messages.some((r) => r.message.type === 'bot-llm-text')).toBe(true);
    await client.close();
  }, 60_000);

  it('hears a spoken request: final transcription, products and bot audio', async () => {
    const client = await PipecatWsClient.connect(base());
    const audio = await speech('show me running shoes');
    await client.streamAudio(audio);
    const final = await client.waitFor(
      (m) => m.type === 'user-transcription' && (m.data as { final?: boolean })?.final === true,
      20_000,
    );
    expect(String((final.message.data as { text: string }).text).toLowerCase()).toContain('running shoes');
    await client.waitFor(products, 20_000);
    await client.waitForAudio(final.at, 20_000);
    // Shown once: the safety stage passed the transcript on as a copy, and observers reported both.
    const finals = client.messages.filter(
      (r) => r.message.type === 'user-transcription' && (r.message.data as { final?: boolean }).final,
    );
    expect(finals).toHaveLength(1);
    await client.close();
  }, 60_000);

  it('pushes finished research to the screen and says so without being asked, recorded as a tool result', async () => {
    const client = await PipecatWsClient.connect(base());
    client.sendText('research the best jackets for rain');
    const started = await client.waitFor(
      (m) => m.type === 'bot-llm-text' && /looking into/i.test(String((m.data as { text?: string }).text)),
      20_000,
    );
    const research = await client.waitFor(
      (m) => m.type === 'server-message' && (m.data as { type?: string })?.type === 'research',
      20_000,
    );
    expect(research.at).toBeGreaterThanOrEqual(started.at);
    const items = (research.message.data as { items: { name: string }[] }).items;
    expect(items.length).toBeGreaterThan(0);
    const said = await client.waitFor(
      (m) =>
        m.type === 'bot-llm-text' && /research is ready/i.test(String((m.data as { text?: string }).text)),
      20_000,
    );
    await client.waitForAudio(said.at, 20_000);
    // The pushed products are the conversation's: "the first one" picks from them.
    const asked = performance.now();
    client.sendText('tell me about the first one');
    const about = await client.waitFor(
      (m) => m.type === 'bot-tts-text' && String((m.data as { text?: string }).text).includes(items[0]!.name),
      20_000,
      { after: asked },
    );
    expect(about.at).toBeGreaterThan(said.at);
    const headers = { cookie: client.cookie ?? '' };
    const list = (await (await fetch(`${base()}/api/sessions`, { headers })).json()) as {
      sessions: { id: string }[];
    };
    const id = list.sessions.at(-1)!.id;
    const events = (await (await fetch(`${base()}/api/sessions/${id}/events`, { headers })).json()) as {
      events: { type: string; payload: { name?: string } }[];
    };
    const names = events.events.filter((e) => e.type === 'tool_result').map((e) => e.payload.name);
    expect(names).toEqual(expect.arrayContaining(['start_research', 'get_research']));
    await client.close();
  }, 90_000);

  it('records the conversation and exposes it to its owner only', async () => {
    const client = await PipecatWsClient.connect(base());
    client.sendText('show me hoodies');
    await client.waitFor(products, 20_000);
    await client.waitFor((m) => m.type === 'bot-started-speaking', 20_000);
    const headers = { cookie: client.cookie ?? '' };
    const list = (await (await fetch(`${base()}/api/sessions`, { headers })).json()) as {
      sessions: { id: string }[];
    };
    const id = list.sessions.at(-1)!.id;
    type Events = { events: { type: string; seq: number; payload: unknown }[] };
    let events: Events = { events: [] };
    // The assistant's text is committed when its response ends; poll the API (bounded) until it is.
    for (let i = 0; i < 50 && !events.events.some((e) => e.type === 'assistant_text'); i++) {
      events = (await (await fetch(`${base()}/api/sessions/${id}/events`, { headers })).json()) as Events;
      await new Promise((r) => setTimeout(r, 100));
    }
    const types = events.events.map((e) => e.type);
    expect(types[0]).toBe('session_start');
    expect(types).toEqual(
      expect.arrayContaining(['user_transcript', 'tool_call', 'tool_result', 'ui_event', 'assistant_text']),
    );
    expect(events.events.map((e) => e.seq)).toEqual(events.events.map((_, i) => i + 1));
    const stranger = await fetch(`${base()}/api/sessions/${id}/events`);
    expect(stranger.status).toBe(404);
    await client.close();
  }, 60_000);

  it('answers a malformed frame with an RTVI error and keeps the session alive', async () => {
    const client = await PipecatWsClient.connect(base());
    (client as unknown as { send(m: unknown): void }).send({
      label: 'rtvi-ai',
      type: 'no-such-type',
      id: 'x1',
    });
    const err = await client.waitFor((m) => m.type === 'error-response' && m.id === 'x1', 5_000);
    expect(JSON.stringify(err.message.data)).toMatch(/Unsupported type/);
    client.sendText('show me running shoes');
    await client.waitFor(products, 20_000);
    await client.close();
  }, 60_000);
});
