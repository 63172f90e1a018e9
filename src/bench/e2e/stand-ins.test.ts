import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { streamText } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSttConfig } from '../../services/stt/config.ts';
import { createOpenAiStt } from '../../services/stt/openai.ts';
import { loadTtsConfig } from '../../services/tts/config.ts';
import { createTtsService } from '../../services/tts/registry.ts';
import { type RunningStandIns, startStandIns } from './stand-ins.ts';

const opts = {
  sttDelayMs: 5,
  llmTtftMs: 5,
  llmTokenMs: 1,
  ttsDelayMs: 5,
  transcripts: ['first transcript', 'second transcript'],
  reply: 'Here are two shoes. Which one?',
  ttsMsPerChar: 10,
};
let standIns: RunningStandIns;

beforeAll(async () => {
  standIns = await startStandIns(opts);
});
afterAll(async () => {
  await standIns.close();
});

describe('OpenAI-compatible stand-ins, read by the real clients', () => {
  it('answers transcriptions in turn to the openai STT provider', async () => {
    const stt = createOpenAiStt(loadSttConfig({ STT_PROVIDER: 'openai', STT_BASE_URL: standIns.baseUrl }));
    const stream = await stt.openStream();
    const texts: string[] = [];
    for (let i = 0; i < 3; i++) {
      stream.push(new Int16Array(1600).fill(1000));
      texts.push((await stream.finalize()).text);
    }
    await stream.close();
    expect(texts).toEqual(['first transcript', 'second transcript', 'first transcript']);
  });

  it('streams a chat completion the AI SDK parses word by word', async () => {
    const provider = createOpenAICompatible({ name: 'stand-in', baseURL: standIns.baseUrl });
    const result = streamText({ model: provider('stand-in'), prompt: 'hello' });
    const deltas: string[] = [];
    for await (const delta of result.textStream) deltas.push(delta);
    expect(deltas.join('')).toBe(opts.reply);
    expect(deltas.length).toBeGreaterThan(3);
  });

  it('returns PCM sized to the text to the openai TTS provider', async () => {
    const env = { TTS_PROVIDER: 'openai', TTS_BASE_URL: standIns.baseUrl };
    const tts = await createTtsService(loadTtsConfig(env));
    let samples = 0;
    for await (const chunk of tts.synthesize('Twenty chars of text', { sampleRate: 24_000 }))
      samples += chunk.length;
    await tts.close();
    expect(samples).toBe(Math.round((20 * opts.ttsMsPerChar * 24_000) / 1000));
    expect(standIns.counts).toMatchObject({ speech: 1, completions: 1, transcriptions: 3 });
  });

  it('refuses unknown routes and non-multipart transcriptions with OpenAI-style errors', async () => {
    const missing = await fetch(`${standIns.baseUrl}/nope`, { method: 'POST' });
    expect(missing.status).toBe(404);
    const bad = await fetch(`${standIns.baseUrl}/audio/transcriptions`, { method: 'POST', body: '{}' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/multipart/);
  });
});
