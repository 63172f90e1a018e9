/**
 * espeak-ng through its Emscripten build. `synthesize()` is synchronous and hands audio out
 * chunk by chunk through a callback, so it must run in a worker thread; the callback's
 * return value aborts synthesis mid-sentence (used for interruptions).
 */
import type { ESpeakNGWorker } from '@echogarden/espeak-ng-emscripten';
import type { EngineErrorKind } from './engine-error.ts';

/** espeak-ng always renders at this rate. */
export const ESPEAK_SAMPLE_RATE = 22050;
/** espeak-ng's default speaking rate in words per minute; TTS_SPEED scales it. */
const BASE_WPM = 175;

export class EspeakEngineError extends Error {
  override readonly name = 'EspeakEngineError';
  readonly kind: EngineErrorKind;
  constructor(message: string, kind: EngineErrorKind = 'engine', options?: ErrorOptions) {
    super(message, options);
    this.kind = kind;
  }
}

export class EspeakEngine {
  readonly #worker: ESpeakNGWorker;
  #voice = '';
  #rate = 0;

  private constructor(worker: ESpeakNGWorker) {
    this.#worker = worker;
  }

  static async create(): Promise<EspeakEngine> {
    let init: typeof import('@echogarden/espeak-ng-emscripten').default;
    try {
      init = (await import('@echogarden/espeak-ng-emscripten')).default;
    } catch (err) {
      throw new EspeakEngineError(
        'Cannot load @echogarden/espeak-ng-emscripten; run `npm install` (or set TTS_PROVIDER=cli to use the Debian espeak-ng binary)',
        'missing-dependency',
        { cause: err },
      );
    }
    const module = await init();
    return new EspeakEngine(new module.eSpeakNGWorker());
  }

  /**
   * Synthesizes `text`, calling `onChunk` with each 22050 Hz chunk as espeak produces it.
   * `onChunk` returns true to stop. Returns the number of samples produced.
   */
  synthesize(text: string, voice: string, speed: number, onChunk: (samples: Int16Array) => boolean): number {
    if (voice !== this.#voice) {
      const rc = this.#worker.set_voice(voice);
      if (rc !== 0) {
        throw new EspeakEngineError(
          `espeak-ng has no voice "${voice}" (error ${rc}); use a voice such as en-us, es, es-419, fr, de`,
          'bad-request',
        );
      }
      this.#voice = voice;
      this.#rate = 0; // espeak resets the rate with the voice
    }
    const rate = Math.round(Math.min(450, Math.max(80, BASE_WPM * speed)));
    if (rate !== this.#rate) {
      this.#worker.set_rate(rate);
      this.#rate = rate;
    }
    let total = 0;
    this.#worker.synthesize(text, (samples) => {
      total += samples.length;
      return onChunk(samples);
    });
    return total;
  }
}
