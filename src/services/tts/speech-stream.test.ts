import { describe, expect, it } from 'vitest';
import { isServiceError, ServiceError } from '../service-base.ts';
import { streamSpeech } from './speech-stream.ts';
import type { SynthesizedAudio, SynthesizeOptions, TtsService } from './types.ts';

/** Batch fake: one chunk per sentence whose length is the sentence length; "CRASH" fails. */
class FakeBatchTts implements TtsService {
  readonly provider = 'fake';
  readonly model = 'fake';
  readonly capabilities = { streaming: false } as const;
  readonly log: string[] = [];
  async *synthesize(text: string, opts: SynthesizeOptions): AsyncGenerator<Int16Array> {
    this.log.push(`synth:${text}`);
    if (text.includes('CRASH'))
      throw new ServiceError('worker crashed', { kind: 'engine', provider: 'fake' });
    yield new Int16Array(text.length).fill(opts.sampleRate === 8000 ? 1 : 2);
  }
  async warmup(): Promise<void> {}
  async close(): Promise<void> {}
}

/** LLM stand-in: yields deltas, logging each, pausing a macrotask between them. */
async function* deltas(parts: string[], log: string[]): AsyncGenerator<string> {
  for (const p of parts) {
    await new Promise((r) => setImmediate(r));
    log.push(`delta:${p}`);
    yield p;
  }
}

async function collect(iter: AsyncIterable<SynthesizedAudio>): Promise<SynthesizedAudio[]> {
  const out: SynthesizedAudio[] = [];
  for await (const a of iter) out.push(a);
  return out;
}

describe('streamSpeech (batch TTS behind the sentence tokenizer)', () => {
  it('speaks the first sentence while the rest of the text is still arriving', async () => {
    const tts = new FakeBatchTts();
    const out = await collect(
      streamSpeech(tts, deltas(['Hola. ', '¿Quieres', ' las rojas?', ' Son 19', '.99 euros.'], tts.log), {
        sampleRate: 8000,
        language: 'es',
      }),
    );
    expect(out.map((a) => [a.segmentIndex, a.text])).toEqual([
      [0, 'Hola.'],
      [1, '¿Quieres las rojas?'],
      [2, 'Son 19.99 euros.'],
    ]);
    expect(out.every((a) => a.sampleRate === 8000 && a.audio[0] === 1)).toBe(true);
    // "Hola." is certain once "¿" arrives and is synthesized before the later deltas come in.
    expect(tts.log.indexOf('synth:Hola.')).toBeLessThan(tts.log.indexOf('delta: las rojas?'));
  });

  it('skips a failed sentence when onSentenceError is given, else fails the stream', async () => {
    const tts = new FakeBatchTts();
    const errors: string[] = [];
    const out = await collect(
      streamSpeech(tts, deltas(['One. CRASH two. Three.'], []), {
        sampleRate: 16000,
        onSentenceError: (_e, s) => errors.push(s),
      }),
    );
    expect(out.map((a) => a.text)).toEqual(['One.', 'Three.']);
    expect(errors).toEqual(['CRASH two.']);
    const err = await collect(streamSpeech(tts, deltas(['CRASH. Next.'], []), { sampleRate: 16000 })).catch(
      (e: unknown) => e,
    );
    expect(isServiceError(err) && err.kind).toBe('engine');
  });

  it('abort stops the stream even while the text source is silent', async () => {
    const tts = new FakeBatchTts();
    const ctrl = new AbortController();
    async function* stalled(): AsyncGenerator<string> {
      yield 'First sentence. Sec';
      await new Promise(() => {}); // the LLM hangs
    }
    const got: string[] = [];
    const err = await (async () => {
      for await (const a of streamSpeech(tts, stalled(), { sampleRate: 16000, signal: ctrl.signal })) {
        got.push(a.text);
        ctrl.abort();
      }
    })().catch((e: unknown) => e);
    expect(got).toEqual(['First sentence.']);
    expect(isServiceError(err) && err.kind).toBe('aborted');
  });

  it('hands the deltas straight to a streaming provider', async () => {
    const seen: string[] = [];
    const streaming: TtsService = {
      provider: 'ws',
      model: 'ws',
      capabilities: { streaming: true },
      synthesize: () => {
        throw new Error('not used');
      },
      async *streamText(text, opts) {
        for await (const t of text) seen.push(t);
        yield { audio: new Int16Array(1), sampleRate: opts.sampleRate, text: seen.join(''), segmentIndex: 0 };
      },
      warmup: async () => {},
      close: async () => {},
    };
    const out = await collect(streamSpeech(streaming, deltas(['a', 'b'], []), { sampleRate: 24000 }));
    expect(seen).toEqual(['a', 'b']);
    expect(out[0]!.text).toBe('ab');
  });
});
