/**
 * Sentence-streaming adapter: text deltas (from an LLM) in, audio out, with the first
 * sentence synthesized as soon as it is complete while the rest is still being generated.
 * A provider with `capabilities.streaming` takes the deltas directly instead.
 *
 * Sentences are synthesized one after another: the offline engines run 30–100× faster than
 * real time, so the next sentence is ready long before the current one has been played.
 */
import { isAbortError, ServiceError } from '../service-base.ts';
import { AsyncQueue } from './async-queue.ts';
import { SentenceTokenizer, type SentenceTokenizerOptions } from './sentence-tokenizer.ts';
import { cleanTextForSpeech } from './speech-text.ts';
import type { SynthesizedAudio, SynthesizeOptions, TtsService } from './types.ts';

export interface SpeechStreamOptions extends SynthesizeOptions {
  tokenizer?: SentenceTokenizerOptions;
  /**
   * Called when one sentence fails (e.g. its worker crashed); the stream continues with the
   * next sentence. Without it the error ends the stream.
   */
  onSentenceError?: (error: unknown, sentence: string) => void;
}

export async function* streamSpeech(
  tts: TtsService,
  text: AsyncIterable<string>,
  opts: SpeechStreamOptions,
): AsyncGenerator<SynthesizedAudio, void, undefined> {
  if (tts.capabilities.streaming && tts.streamText) {
    yield* tts.streamText(text, opts);
    return;
  }
  const stop = new AbortController();
  const signal = opts.signal ? AbortSignal.any([opts.signal, stop.signal]) : stop.signal;
  const sentences = new AsyncQueue<string>();
  const tokenizer = new SentenceTokenizer(opts.tokenizer);
  // The text source is read concurrently so a sentence can be spoken while the next is typed.
  const pump = (async () => {
    try {
      for await (const delta of text) {
        if (signal.aborted) return;
        for (const s of tokenizer.push(delta)) sentences.push(s);
      }
      for (const s of tokenizer.flush()) sentences.push(s);
      sentences.end();
    } catch (err) {
      sentences.fail(err);
    }
  })();

  const onAbort = () =>
    sentences.fail(
      new ServiceError('TTS synthesis aborted', {
        kind: 'aborted',
        provider: tts.provider,
        cause: signal.reason,
      }),
    );
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    let segmentIndex = 0;
    for await (const raw of sentences) {
      const sentence = cleanTextForSpeech(raw, opts.language);
      if (!sentence) continue;
      try {
        for await (const audio of tts.synthesize(sentence, { ...opts, signal })) {
          yield { audio, sampleRate: opts.sampleRate, text: sentence, segmentIndex };
        }
      } catch (err) {
        if (signal.aborted || isAbortError(err) || !opts.onSentenceError) throw err;
        opts.onSentenceError(err, sentence);
      }
      segmentIndex++;
    }
  } finally {
    signal.removeEventListener('abort', onAbort);
    // The pump notices on its next delta; awaiting it here could hang on a silent source.
    stop.abort();
    void pump;
  }
}
