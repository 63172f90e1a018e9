/**
 * Speech-to-text contracts. A provider is either streaming (pocketsphinx: audio in as it
 * arrives, interim hypotheses out) or batch (most cloud Whisper-style APIs: one request per
 * utterance), declared by capability flags; `BatchSttService` turns a batch engine into a
 * stream, so a cloud batch provider is one small file implementing `BatchTranscriber`.
 */
import type { ServiceError } from '../service-base.ts';

export const STT_SAMPLE_RATE = 16_000;

export interface SttCapabilities {
  /** Audio is decoded while it arrives (finalize is cheap). */
  streaming: boolean;
  /** Interim hypotheses are emitted before finalize. */
  interimResults: boolean;
}

/**
 * Another reading of the same audio. Lets a consumer (the dialogue engine) prefer a reading that
 * makes sense in the shop over the recognizer's first choice.
 */
export interface SttAlternative {
  text: string;
  /**
   * nbest: the reporting decoder's N-best list; catalog-decoder / mixed-decoder: the other
   * decoder's best reading in dual mode (catalog LM only / catalog + generic English).
   */
  source: 'nbest' | 'catalog-decoder' | 'mixed-decoder';
  /**
   * nbest only: this reading's share of the N-best list's probability (path scores turned into
   * probabilities and normalised over the list, the first choice included), 0..1.
   */
  posterior?: number;
  /** The engine's path score (pocketsphinx: log base 1.0001, higher is better). */
  score?: number;
  /** Every word is a catalog-LM word (see SttTranscript.inDomain). */
  inDomain?: boolean;
}

/** One hypothesis. Times are milliseconds from the start of the utterance's audio. */
export interface SttTranscript {
  text: string;
  /** 0..1 when the engine provides one (pocketsphinx: the lowest word posterior). */
  confidence?: number;
  /**
   * Whether every word belongs to the shop's own language model (pocketsphinx mixed/catalog LM).
   * `false` means the recognizer needed general English words: probably not a shopping request,
   * so a cart or order command read from it should be confirmed, not executed.
   */
  inDomain?: boolean;
  /**
   * Final transcripts only, when the engine has them: other readings, most likely first, never
   * repeating `text`. pocketsphinx: up to STT_NBEST N-best entries, plus in dual mode the other
   * decoder's reading. `posterior` of the first choice is `1 - sum(alternative posteriors)`.
   */
  alternatives?: SttAlternative[];
  startMs?: number;
  endMs?: number;
}

export type SttEvent =
  | ({ type: 'interim' | 'final'; utteranceId: number; settled?: boolean } & SttTranscript)
  /** The utterance was lost (engine crash, provider failure); the stream stays usable for the next one. */
  | { type: 'error'; utteranceId: number; error: ServiceError };

/**
 * One speaker's audio, utterance after utterance. Feed 16 kHz mono PCM16 with `push`,
 * call `finalize` at the end of the user's turn to get the final hypothesis (which is also
 * emitted as a `final` event); the next `push` starts the next utterance.
 * Iterating yields events until `close()` (or the open signal aborts).
 */
export interface SttStream extends AsyncIterable<SttEvent> {
  readonly id: string;
  /** Appends audio to the current utterance. Never blocks; throws on a closed stream. */
  push(pcm: Int16Array): void;
  /**
   * Optional: asks for an interim hypothesis of all audio pushed so far, marked `settled`, even
   * if unchanged (the user stopped speaking and the turn detector judges it; interims on their
   * own run behind the audio, and a stale one ends on a word the user has already said past).
   */
  flush?(): void;
  /** Ends the current utterance. Rejects with a ServiceError when the utterance was lost. */
  finalize(signal?: AbortSignal): Promise<SttTranscript>;
  /** Drops the current utterance without a result (e.g. the turn was cancelled). */
  reset(): void;
  /** Releases the engine resources; idempotent. */
  close(): Promise<void>;
}

export interface SttStreamOptions {
  /** Aborting closes the stream. */
  signal?: AbortSignal;
  /** BCP-47 language ("en"); providers reject languages they cannot decode. */
  language?: string;
  /**
   * Where the audio came from: 'phone' when it crossed a telephone line (8 kHz µ-law, upsampled to
   * 16 kHz: nothing above ~3.6 kHz). Providers with a narrowband setup use it; others ignore it.
   */
  audioSource?: SttAudioSource;
}

export type SttAudioSource = 'wideband' | 'phone';

export interface SttService {
  readonly provider: string;
  readonly model: string;
  readonly capabilities: SttCapabilities;
  /** Opens a stream; may wait for an engine to become ready. */
  openStream(opts?: SttStreamOptions): Promise<SttStream>;
  /** Stops workers / connections. */
  close(): Promise<void>;
}

/** What a batch provider implements: one utterance of 16 kHz PCM16 in, text out. */
export interface BatchTranscriber {
  readonly provider: string;
  readonly model: string;
  transcribe(pcm: Int16Array, opts: { signal: AbortSignal; language?: string }): Promise<SttTranscript>;
}
