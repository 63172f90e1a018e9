import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { concatInt16, dbfs } from '../../audio/pcm16.ts';
import { isServiceError } from '../service-base.ts';
import { CliTtsService, cliBinaries } from './cli-tts.ts';
import { loadTtsConfig, TtsConfigError } from './config.ts';
import { OfflineTtsService } from './offline-tts.ts';
import { defineTtsProvider } from './provider.ts';
import { TTS_PROVIDER_LIST } from './providers/index.ts';
import { createTtsService } from './registry.ts';
import type { TtsService } from './types.ts';

describe('loadTtsConfig', () => {
  it('has offline defaults: flite slt for English, espeak-ng for Spanish', () => {
    expect(loadTtsConfig({})).toEqual({
      provider: 'offline',
      voiceEn: 'flite:slt',
      voiceEs: 'espeak:es',
      workers: 2,
      speed: 1,
      timeoutMs: 10_000,
      options: {},
    });
  });

  it('parses and coerces every variable', () => {
    const c = loadTtsConfig({
      TTS_PROVIDER: 'CLI',
      TTS_VOICE_EN: 'rms',
      TTS_VOICE_ES: 'espeak:es-419',
      TTS_WORKERS: '3',
      TTS_SPEED: '1.25',
      TTS_TIMEOUT_MS: '5000',
    });
    expect(c).toMatchObject({
      provider: 'cli',
      voiceEn: 'rms',
      voiceEs: 'espeak:es-419',
      workers: 3,
      speed: 1.25,
    });
  });

  it('names every invalid variable in one error', () => {
    const bad = () => loadTtsConfig({ TTS_VOICE_EN: 'flite:nobody', TTS_WORKERS: '0', TTS_SPEED: 'fast' });
    expect(bad).toThrow(TtsConfigError);
    expect(bad).toThrow(/TTS_VOICE_EN: flite has no voice "nobody".*TTS_WORKERS.*TTS_SPEED/);
  });
});

// Offline synthesis is CPU work: under two busy processes on two cores these took 9-13 s of the 20 s
// default (scripts/stress-suites.sh). Slow there is not wrong; the tests check audio, not time.
describe('createTtsService', { timeout: 120_000 }, () => {
  let tts: TtsService | undefined;
  afterEach(async () => {
    await tts?.close();
    tts = undefined;
  });

  it('rejects an unknown provider with the list of known ones', async () => {
    const err = await createTtsService({ ...loadTtsConfig({}), provider: 'nope' }).catch((e: unknown) => e);
    expect(isServiceError(err) && err.kind).toBe('config');
    expect(String(err)).toMatch(/available: .*offline.*cli/);
  });

  it('builds the offline provider by default', async () => {
    tts = await createTtsService({ ...loadTtsConfig({}), workers: 1 });
    expect(tts).toBeInstanceOf(OfflineTtsService);
    expect(tts.capabilities.streaming).toBe(false);
  });

  it('a provider in the list is picked by name', async () => {
    const fake = { provider: 'fake' } as TtsService;
    const fakeProvider = defineTtsProvider({
      name: 'fake-test',
      configSchema: z.object({}),
      create: async () => fake,
    });
    const providers = [...TTS_PROVIDER_LIST, fakeProvider];
    expect(await createTtsService({ ...loadTtsConfig({}), provider: 'fake-test' }, {}, providers)).toBe(fake);
  });

  const bins = cliBinaries();
  it.skipIf(!(bins.flite && bins.espeak && bins.sox))(
    'cli provider synthesizes EN (flite) and ES (espeak-ng) at the requested rate',
    async () => {
      tts = await createTtsService({ ...loadTtsConfig({}), provider: 'cli' });
      expect(tts).toBeInstanceOf(CliTtsService);
      for (const [language, text] of [
        ['en', 'Your order has shipped.'],
        ['es', 'Tu pedido ya salió.'],
      ] as const) {
        const chunks: Int16Array[] = [];
        for await (const c of tts.synthesize(text, { language, sampleRate: 8000 })) chunks.push(c);
        const audio = concatInt16(chunks);
        expect(audio.length / 8000).toBeGreaterThan(0.8);
        expect(audio.length / 8000).toBeLessThan(4);
        expect(dbfs(audio)).toBeGreaterThan(-35);
      }
      const ctrl = new AbortController();
      ctrl.abort();
      const err = await (async () => {
        for await (const _ of tts!.synthesize('Hi.', { sampleRate: 8000, signal: ctrl.signal })) {
          // unreachable
        }
      })().catch((e: unknown) => e);
      expect(isServiceError(err) && err.kind).toBe('aborted');
    },
  );
});
