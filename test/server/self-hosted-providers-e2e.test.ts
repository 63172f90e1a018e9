/**
 * The self-hosted speech providers through the real server, configured by env alone:
 * STT_PROVIDER=whisper-cpp and TTS_PROVIDER=piper, each pointing at a loopback stand-in that
 * speaks the provider's wire format. A spoken turn over the Pipecat WebSocket is heard (the
 * stand-in's fixed transcript), answered with products on screen, and the bot's voice is
 * exactly the audio the Piper stand-in sent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWav } from '../../src/audio/wav.ts';
import { PipecatWsClient, type RtviMessage } from '../../src/bench/pipecat-ws-client.ts';
import { FakeHttpServer } from '../../src/services/http-test-server.ts';
import { streamingWavHeader } from '../../src/services/tts/http-tts-contract.ts';
import { speech, startTestServer, type TestServer } from './e2e-helpers.ts';

const OUT_RATE = 24_000;
/**
 * Samples the Piper stand-in speaks per sentence: 0.2 s at the output rate (no resampling) and
 * a whole number of the transport's 40 ms chunks, so no silence padding is added to the count.
 */
const PER_SENTENCE = 4_800;

let whisper: FakeHttpServer;
let piper: FakeHttpServer;
let app: TestServer;

beforeAll(async () => {
  whisper = await FakeHttpServer.start();
  whisper.script((r) => {
    r.res.writeHead(200, { 'content-type': 'application/json' });
    r.res.end(JSON.stringify({ text: ' Show me hoodies.\n' }));
  });
  piper = await FakeHttpServer.start();
  piper.script((r) => {
    r.res.writeHead(200, { 'content-type': 'audio/wav' });
    r.res.write(streamingWavHeader(OUT_RATE));
    r.res.end(Buffer.from(new Int16Array(PER_SENTENCE).fill(1234).buffer));
  });
  app = await startTestServer({
    STT_PROVIDER: 'whisper-cpp',
    WHISPER_CPP_URL: whisper.url,
    WHISPER_CPP_MAX_RETRIES: '0',
    TTS_PROVIDER: 'piper',
    PIPER_URL: piper.url,
    TTS_MAX_RETRIES: '0',
    WS_OUTPUT_SAMPLE_RATE: String(OUT_RATE),
    PROVIDER_PROBE_INTERVAL_MS: '600000',
  });
}, 180_000);

afterAll(async () => {
  await app?.stop();
  await whisper?.stop();
  await piper?.stop();
});

const products = (m: RtviMessage) =>
  m.type === 'server-message' && (m.data as { type?: string })?.type === 'products';
const isFinal = (m: RtviMessage) =>
  m.type === 'user-transcription' && (m.data as { final?: boolean })?.final === true;

describe('whisper-cpp + piper in a running server', () => {
  it('a spoken turn: whisper.cpp’s transcript, products on screen, and Piper’s audio as the bot’s voice', async () => {
    const client = await PipecatWsClient.connect(app.base);
    // The greeting plays first (through Piper too); speaking over it would be a barge-in that
    // cuts its audio short, so the turn starts once it has finished.
    await client.waitFor((m) => m.type === 'bot-stopped-speaking', 30_000);
    const before = { at: performance.now(), audio: client.audio.length, piper: piper.requests.length };
    await client.streamAudio(await speech('show me hoodies'));
    const final = await client.waitFor(isFinal, 30_000);
    expect((final.message.data as { text: string }).text).toBe('Show me hoodies.');
    const shown = await client.waitFor(products, 30_000);
    // The transcript drove the search: what is on screen is hoodies.
    const items = (shown.message.data as { items: { name: string }[] }).items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => /hoodie/i.test(i.name))).toBe(true);
    await client.waitFor((m) => m.type === 'bot-stopped-speaking', 30_000, { after: final.at });
    const spoken = client.messages
      .filter((r) => r.at >= before.at && r.message.type === 'bot-tts-text')
      .map((r) => String((r.message.data as { text: string }).text));
    const botSamples = client.audio.slice(before.audio).reduce((n, a) => n + a.samples, 0);
    await client.close();

    // whisper.cpp got one utterance: a 16 kHz mono WAV with the shopper's words in it.
    const asked = whisper.requests.filter((r) => r.method === 'POST' && r.path === '/inference');
    expect(asked).toHaveLength(1);
    const form = await new Response(new Uint8Array(asked[0]!.body), {
      headers: { 'content-type': String(asked[0]!.headers['content-type']) },
    }).formData();
    const wav = readWav(new Uint8Array(await (form.get('file') as File).arrayBuffer()));
    expect(wav).toMatchObject({ sampleRate: 16_000, channels: 1 });
    expect(wav.samples.some((s) => Math.abs(s) > 3_000)).toBe(true);

    // Every sentence the bot said was asked of Piper, and every bot sample is one Piper sent.
    const sentences = piper.requests
      .slice(before.piper)
      .filter((r) => r.method === 'POST')
      .map((r) => String(r.json?.text));
    expect(sentences.length).toBeGreaterThan(0);
    expect(sentences.join(' ')).toBe(spoken.join(' '));
    expect(botSamples).toBe(sentences.length * PER_SENTENCE);
  }, 120_000);
});
