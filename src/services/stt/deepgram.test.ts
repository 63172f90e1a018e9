import { describe, expect, it } from 'vitest';
import type { CatalogVocabulary } from '../../shop/contract.ts';
import { FakeProviderServer } from '../ws-test-server.ts';
import { loadSttConfig } from './config.ts';
import { DeepgramSttService, keytermsFrom } from './deepgram.ts';
import { createSttService } from './registry.ts';
import { type SttHarness, sttContract } from './stt-contract.ts';

const KEY = 'dg-test-key';

/** Deepgram's documented live messages: `Results` with is_final / speech_final / from_finalize. */
function results(text: string, start: number, duration: number, extra: Record<string, boolean>) {
  return {
    type: 'Results',
    channel_index: [0, 1],
    duration,
    start,
    ...extra,
    channel: { alternatives: [{ transcript: text, confidence: 0.9, words: [] }] },
    metadata: { request_id: 'req', model_info: { name: 'nova-3', version: 'x', arch: 'x' }, model_uuid: 'u' },
  };
}

const harness: SttHarness = {
  finalizeGraceMs: 700,
  keepAliveMs: 3_000,
  create: (url, clock, opts) =>
    new DeepgramSttService({
      apiKey: KEY,
      baseUrl: url,
      clock,
      finalizeGraceMs: 700,
      keepAliveMs: 3_000,
      options: { maxRetries: opts?.maxRetries ?? 0, retryIntervalMs: opts?.retryIntervalMs ?? 1 },
    }),
  wire: {
    authorized: (c) => c.headers.authorization === `Token ${KEY}`,
    finalizeRequested: (c) => c.nextJson((j) => j.type === 'Finalize'),
    keepAlive: (c) => c.nextJson((j) => j.type === 'KeepAlive'),
    closeRequested: (c) => c.nextJson((j) => j.type === 'CloseStream'),
    interim: (c, text, start, dur) =>
      c.send(results(text, start, dur, { is_final: false, speech_final: false })),
    final: (c, text, start, dur, fromFinalize) =>
      c.send(
        results(text, start, dur, {
          is_final: true,
          speech_final: fromFinalize,
          from_finalize: fromFinalize,
        }),
      ),
  },
};

describe('Deepgram streaming STT: shared contract', () => {
  sttContract(harness);
});

describe('Deepgram specifics', () => {
  it('asks for linear16 16 kHz mono with interim results, the model and the language', async () => {
    const server = await FakeProviderServer.start();
    const stt = new DeepgramSttService({
      apiKey: KEY,
      baseUrl: server.url,
      model: 'nova-3',
      keyterms: ['Acme'],
    });
    try {
      const stream = await stt.openStream({ language: 'es' });
      const q = (await server.connection(0)).url.searchParams;
      expect((await server.connection(0)).url.pathname).toBe('/v1/listen');
      expect(Object.fromEntries(q)).toMatchObject({
        model: 'nova-3',
        language: 'es',
        encoding: 'linear16',
        sample_rate: '16000',
        channels: '1',
        interim_results: 'true',
        keyterm: 'Acme',
      });
      await stream.close();
    } finally {
      await stt.close();
      await server.stop();
    }
  });

  it('finalizes at once when Deepgram already finalized all audio (its own endpointing)', async () => {
    const server = await FakeProviderServer.start();
    const stt = harness.create(server.url, (await import('../../pipeline/clock.ts')).systemClock);
    try {
      const stream = await stt.openStream();
      const it = stream[Symbol.asyncIterator]();
      const conn = await server.connection(0);
      stream.push(new Int16Array(8000));
      await conn.audioBytes(16_000);
      conn.send(results('track my order', 0, 0.5, { is_final: true, speech_final: true }));
      await it.next();
      await expect(stream.finalize()).resolves.toMatchObject({ text: 'track my order', confidence: 0.9 });
      await stream.close();
    } finally {
      await stt.close();
      await server.stop();
    }
  });

  it('is chosen by STT_PROVIDER=deepgram alone, with Deepgram defaults for the shared variables', async () => {
    const server = await FakeProviderServer.start();
    try {
      expect(() => loadSttConfig({ STT_PROVIDER: 'deepgram' })).not.toThrow();
      await expect(createSttService(loadSttConfig({ STT_PROVIDER: 'deepgram' }))).rejects.toMatchObject({
        kind: 'config',
        message: expect.stringMatching(/DEEPGRAM_API_KEY/),
      });
      const env = { STT_PROVIDER: 'deepgram', DEEPGRAM_API_KEY: KEY, STT_LANGUAGE: 'multi' };
      const defaults = await createSttService(loadSttConfig(env));
      expect(defaults?.service).toBeInstanceOf(DeepgramSttService);
      expect(defaults?.service.model).toBe('nova-3');
      expect(defaults?.service.capabilities).toEqual({ streaming: true, interimResults: true });
      await defaults?.service.close();

      const setup = await createSttService(
        loadSttConfig({ ...env, STT_BASE_URL: server.url, STT_MODEL: 'nova-2' }),
      );
      const stream = await setup!.service.openStream({ language: 'en' });
      const conn = await server.connection(0);
      expect(conn.url.searchParams.get('model')).toBe('nova-2');
      expect(conn.url.searchParams.get('language')).toBe('multi');
      await setup!.service.close();
      await stream.close();
    } finally {
      await server.stop();
    }
  });

  it('turns catalog brands and product names into a bounded keyterm list', () => {
    const vocab = {
      brands: ['Acme', 'Northwind'],
      productNames: ['Trail Runner 2 Running Shoes', 'Acme'],
    } as unknown as CatalogVocabulary;
    expect(keytermsFrom(vocab)).toEqual(['Acme', 'Northwind', 'Trail Runner 2 Running Shoes']);
    expect(keytermsFrom(vocab, 1)).toEqual(['Acme']);
    expect(keytermsFrom(undefined)).toEqual([]);
  });
});
