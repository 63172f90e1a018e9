import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concatInt16, dbfs } from '../../audio/pcm16.ts';
import { isServiceError, type ServiceError } from '../service-base.ts';
import { OfflineTtsService } from './offline-tts.ts';

async function collect(iter: AsyncIterable<Int16Array>): Promise<Int16Array> {
  const chunks: Int16Array[] = [];
  for await (const c of iter) chunks.push(c);
  return concatInt16(chunks);
}

async function failure(promise: Promise<unknown>): Promise<ServiceError> {
  try {
    await promise;
  } catch (err) {
    if (isServiceError(err)) return err;
    throw err;
  }
  throw new Error('expected a ServiceError');
}

const EN = 'Would you like the red running shoes in size nine for forty dollars?';
const ES = '¿Quieres las zapatillas rojas en la talla cuarenta por treinta euros?';
const LONG_EN = Array.from({ length: 6 }, (_, i) => `This is sentence ${i + 1} of a long reply.`).join(' ');
const LONG_ES = Array.from(
  { length: 30 },
  (_, i) => `Esta es la frase número ${i + 1} de una respuesta muy larga.`,
).join(' ');

// Offline synthesis is CPU work: under two busy processes on two cores these took 9-13 s of the 20 s
// default (scripts/stress-suites.sh). Slow there is not wrong; the tests check audio, not time.
describe('OfflineTtsService', { timeout: 120_000 }, () => {
  let tts: OfflineTtsService;

  beforeAll(async () => {
    // No test here is about the per-call deadline: in a stress run the default 10 s fired first in
    // the crash test (30 sentences on one loaded worker), 'timeout' where it checks 'engine'.
    tts = new OfflineTtsService({
      workers: 1,
      voices: { en: 'slt', es: 'es' },
      speed: 1,
      service: { timeoutMs: 100_000 },
    });
    await tts.warmup();
  });
  afterAll(async () => {
    await tts?.close();
  });

  it.each([
    ['en', 24000, EN],
    ['en', 8000, EN],
    ['es', 24000, ES],
    ['es', 8000, ES],
  ] as const)('%s at %i Hz: non-silent audio of plausible duration', async (language, rate, text) => {
    const audio = await collect(tts.synthesize(text, { language, sampleRate: rate }));
    const seconds = audio.length / rate;
    // ~12 words at a normal speaking rate: 2.5–7 s.
    expect(seconds).toBeGreaterThan(2.5);
    expect(seconds).toBeLessThan(7);
    expect(dbfs(audio)).toBeGreaterThan(-35);
    // Speech has pauses and peaks: the loudest 100 ms is far above the quietest.
    const win = rate / 10;
    const levels: number[] = [];
    for (let i = 0; i + win <= audio.length; i += win) levels.push(dbfs(audio.subarray(i, i + win)));
    expect(Math.max(...levels) - Math.min(...levels)).toBeGreaterThan(20);
  });

  it('resamples without changing the duration', async () => {
    const a = await collect(tts.synthesize(EN, { language: 'en', sampleRate: 24000 }));
    const b = await collect(tts.synthesize(EN, { language: 'en', sampleRate: 8000 }));
    expect(Math.abs(a.length / 24000 - b.length / 8000)).toBeLessThan(0.01);
  });

  it('routes by language and explicit voice', () => {
    expect(tts.resolveVoice({ language: 'en-US' })).toEqual({ engine: 'flite', voice: 'slt' });
    expect(tts.resolveVoice({ language: 'es-MX' })).toEqual({ engine: 'espeak', voice: 'es' });
    expect(tts.resolveVoice({ language: 'fr' })).toEqual({ engine: 'espeak', voice: 'fr' });
    expect(tts.resolveVoice({ voice: 'espeak:en-us', language: 'es' })).toEqual({
      engine: 'espeak',
      voice: 'en-us',
    });
    expect(tts.resolveVoice({ voice: 'rms' })).toEqual({ engine: 'flite', voice: 'rms' });
  });

  it('rejects an unknown voice and a bad sample rate with bad-request errors', async () => {
    const voice = await failure(
      collect(tts.synthesize('Hola.', { voice: 'espeak:xx-nope', sampleRate: 16000 })),
    );
    expect(voice.kind).toBe('bad-request');
    expect(voice.message).toMatch(/no voice "xx-nope"/);
    const rate = await failure(collect(tts.synthesize('Hi.', { sampleRate: 1234.5 })));
    expect(rate.kind).toBe('bad-request');
    const flite = await failure(collect(tts.synthesize('Hi.', { voice: 'flite:nobody', sampleRate: 16000 })));
    expect(flite.kind).toBe('bad-request');
  });

  it("a reply's first sentence goes ahead of later sentences already waiting for the worker", async () => {
    // One worker: the first call holds it, the next three wait in the pool's queue.
    const order: string[] = [];
    const run = async (name: string, text: string, lead: boolean) => {
      for await (const _ of tts.synthesize(text, { language: 'en', sampleRate: 16000, lead })) {
        order.push(name);
        break;
      }
    };
    const busy = run('busy', LONG_EN, false);
    // Each call reaches the pool at its first step, in this order.
    const later = [run('later-1', EN, false), run('later-2', EN, false), run('lead', 'Sure.', true)];
    await Promise.all([busy, ...later]);
    expect(order.indexOf('lead')).toBeLessThan(order.indexOf('later-1'));
    expect(order.indexOf('later-1')).toBeLessThan(order.indexOf('later-2'));
  });

  it('abort mid-reply stops output: no chunk after the abort', async () => {
    const ctrl = new AbortController();
    let afterAbort = 0;
    let before = 0;
    const err = await failure(
      (async () => {
        for await (const _chunk of tts.synthesize(LONG_ES, {
          language: 'es',
          sampleRate: 24000,
          signal: ctrl.signal,
        })) {
          if (ctrl.signal.aborted) afterAbort++;
          else before++;
          if (before === 2) ctrl.abort();
        }
      })(),
    );
    expect(err.kind).toBe('aborted');
    expect(before).toBe(2);
    expect(afterAbort).toBe(0);
    // The worker stopped rather than grinding through 30 sentences: it serves the next call.
    const next = await collect(tts.synthesize('Hola.', { language: 'es', sampleRate: 8000 }));
    expect(next.length).toBeGreaterThan(0);
  });

  it('an already-aborted signal throws before any work', async () => {
    const err = await failure(
      collect(tts.synthesize(EN, { sampleRate: 24000, signal: AbortSignal.abort(new Error('barge-in')) })),
    );
    expect(err.kind).toBe('aborted');
  });

  it('a crashed worker fails only its sentence with an engine error and is replaced', async () => {
    const before = tts.threads[0]!;
    const err = await failure(
      (async () => {
        for await (const _chunk of tts.synthesize(LONG_ES, { language: 'es', sampleRate: 24000 })) {
          await before.terminate();
        }
      })(),
    );
    expect(err.kind).toBe('engine');
    expect(err.retryable).toBe(false);
    expect(err.message).toMatch(/worker crashed.*sentence was skipped/);
    const audio = await collect(tts.synthesize(EN, { language: 'en', sampleRate: 24000 }));
    expect(audio.length).toBeGreaterThan(24000);
    expect(tts.threads).toHaveLength(1);
    expect(tts.threads[0]).not.toBe(before);
  });
});

describe('OfflineTtsService lifecycle', { timeout: 120_000 }, () => {
  it('leaves no worker threads after close, and refuses calls afterwards', async () => {
    const handles = () =>
      process.getActiveResourcesInfo().filter((r) => r === 'MessagePort' || r === 'Worker').length;
    const before = handles();
    const tts = new OfflineTtsService({ workers: 2, voices: { en: 'kal16', es: 'es' }, speed: 1.2 });
    await tts.warmup();
    expect(tts.threads).toHaveLength(2);
    await collect(tts.synthesize('Quick check.', { sampleRate: 16000 }));
    await tts.close();
    expect(tts.threads).toHaveLength(0);
    expect(handles()).toBe(before);
    const err = await failure(collect(tts.synthesize('Hi.', { sampleRate: 16000 })));
    expect(err.message).toMatch(/closed/);
  });
});
