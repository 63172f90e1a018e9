/**
 * The text-to-speech contract. A provider implements `synthesize()` for one piece of text;
 * a provider that also accepts incremental text (a websocket TTS) sets
 * `capabilities.streaming` and implements `streamText()`. Batch providers are wrapped by the
 * sentence-tokenizing adapter (`speech-stream.ts`), so callers never care which kind they got.
 */
import type { Clock } from '../../pipeline/clock.ts';

export interface TtsCapabilities {
  /** Accepts text incrementally (LLM deltas) and starts audio before the text is complete. */
  readonly streaming: boolean;
}

export interface SynthesizeOptions {
  /**
   * Provider voice. Offline provider: `flite:slt`, `espeak:es`, or a bare name (flite's
   * voices are recognised, anything else goes to espeak-ng). Defaults to the configured
   * voice for `language`.
   */
  voice?: string;
  /** BCP-47 language ("en", "es", "es-MX"); picks the default voice when `voice` is absent. */
  language?: string;
  /** Output sample rate of the PCM16 chunks (the transport's rate: 24000 web, 8000 Twilio). */
  sampleRate: number;
  /** Stops synthesis; no chunk is delivered after it fires. */
  signal?: AbortSignal;
  /**
   * The first sentence of a reply: the shopper hears silence until it is ready. A provider
   * that queues work across sessions serves these before later sentences (offline pool).
   */
  lead?: boolean;
}

/** A piece of synthesized speech from a streaming synthesis. */
export interface SynthesizedAudio {
  /** Mono PCM16 at `sampleRate`. */
  audio: Int16Array;
  sampleRate: number;
  /** The sentence (or text segment) this audio speaks, for captions. */
  text: string;
  /** Index of the sentence within the stream, from 0. */
  segmentIndex: number;
}

export interface TtsService {
  /** Provider name used in metrics and logs ("offline", "flite-cli", "elevenlabs"). */
  readonly provider: string;
  readonly model: string;
  readonly capabilities: TtsCapabilities;

  /**
   * Synthesizes `text` into mono PCM16 chunks at `opts.sampleRate`. Throws a ServiceError
   * (kind "aborted" when the signal fires, "engine" when the local engine or its worker
   * failed).
   */
  synthesize(text: string, opts: SynthesizeOptions): AsyncIterable<Int16Array>;

  /** Only when `capabilities.streaming`: text deltas in, audio out as it is produced. */
  streamText?(text: AsyncIterable<string>, opts: SynthesizeOptions): AsyncIterable<SynthesizedAudio>;

  /** Loads models and voices so the first real request is not slow. Idempotent. */
  warmup(signal?: AbortSignal): Promise<void>;

  /** Releases workers, sockets and temp files. Further calls fail. */
  close(): Promise<void>;
}

/** Dependencies a provider may need; all optional so tests inject only what they fake. */
export interface TtsDeps {
  clock?: Clock;
}
