/**
 * TtsProcessor: LLM text in, speech out.
 *
 * Consumes `llm-text` deltas (and `tts-speak` texts), cuts them into sentences and speaks
 * each one as soon as it is complete, so the first sentence plays while the LLM is still
 * writing the rest. Pushes `tts-started` before the first audio of a reply, a `tts-text`
 * (caption) just before each sentence's audio, `output-audio` at the start frame's output
 * rate, and `tts-stopped` when the reply ends (`llm-response-end`).
 *
 * Sentences are synthesized inside `process()`: text frames that arrive meanwhile wait in
 * the inbox, in order, and an interruption drops them, aborts the synthesis in flight (its
 * worker stops) and discards anything it would still push — all owned by FrameProcessor.
 * A sentence whose synthesis fails becomes a non-fatal error frame; the reply continues.
 * Markdown and URLs are stripped before synthesis (the engines would read "asterisk").
 * A turn typed with `audio_response: false` (an `llm-run` saying so) is passed through unspoken.
 */
import {
  type Direction,
  type Frame,
  FrameProcessor,
  type FrameProcessorOptions,
  INPUT_AUDIO_ONLY,
} from '../../pipeline/index.ts';
import { isAbortError } from '../service-base.ts';
import { SentenceTokenizer, type SentenceTokenizerOptions, splitSentences } from './sentence-tokenizer.ts';
import { cleanTextForSpeech } from './speech-text.ts';
import type { TtsService } from './types.ts';

const FALLBACK_OUTPUT_RATE = 24_000;

export interface TtsProcessorOptions extends FrameProcessorOptions {
  tts: TtsService;
  /** Voice for every sentence (else the service's default for `language`). */
  voice?: string;
  /** Reply language ("en", "es"); picks the default voice. */
  language?: string;
  tokenizer?: SentenceTokenizerOptions;
}

export class TtsProcessor extends FrameProcessor {
  protected override readonly passThrough = INPUT_AUDIO_ONLY;
  readonly #tts: TtsService;
  readonly #tokenizer: SentenceTokenizer;
  readonly #tokenizerOptions: SentenceTokenizerOptions | undefined;
  #voice: string | undefined;
  #language: string | undefined;
  /** tts-started was pushed and tts-stopped is owed. */
  #speaking = false;
  /** TTFB clock: when the reply's first text arrived, until its first audio (then undefined). */
  #replyTextAt: number | undefined;
  /** The current turn asked for a text-only reply (RTVI send-text audio_response:false). */
  #textOnly = false;

  constructor(opts: TtsProcessorOptions) {
    super({ ...opts, name: opts.name ?? 'TtsProcessor', model: opts.model ?? opts.tts.model });
    this.#tts = opts.tts;
    this.#tokenizerOptions = opts.tokenizer;
    this.#tokenizer = new SentenceTokenizer(opts.tokenizer);
    this.#voice = opts.voice;
    this.#language = opts.language;
  }

  /** Switches voice and/or language for the sentences that follow (e.g. the user spoke Spanish). */
  setVoice(settings: { voice?: string; language?: string }): void {
    if ('voice' in settings) this.#voice = settings.voice;
    if ('language' in settings) this.#language = settings.language;
  }

  protected override async process(frame: Frame, direction: Direction): Promise<void> {
    if (direction === 'downstream') {
      // Per user turn, not per response: a turn with tool calls has several LLM responses.
      if (frame.type === 'llm-run') this.#textOnly = !frame.audioResponse;
      else if (frame.type === 'transcription' && frame.final) this.#textOnly = false;
      const shownOnly =
        (this.#textOnly && (frame.type === 'llm-text' || frame.type === 'tts-speak')) ||
        (frame.type === 'tts-speak' && frame.audioResponse === false);
      if (shownOnly) {
        this.push(frame); // shown, not spoken: later stages and observers still see the text
        return;
      }
      switch (frame.type) {
        case 'llm-response-start':
          this.#tokenizer.reset();
          this.push(frame);
          return;
        case 'llm-text':
          await this.#onText(frame.text);
          return;
        case 'tts-speak':
          await this.#onSpeak(frame.text);
          return;
        case 'llm-response-end':
          await this.#finishReply();
          this.push(frame);
          return;
      }
    }
    this.push(frame, direction);
  }

  protected override async onStop(): Promise<void> {
    // The task is draining: say what is left rather than cutting the reply off.
    await this.#finishReply();
  }

  protected override onInterruption(): void {
    this.#tokenizer.reset();
    this.#speaking = false;
    this.#replyTextAt = undefined;
  }

  async #onText(text: string): Promise<void> {
    if (!text) return;
    this.#markFirstText();
    const signal = this.signal;
    for (const sentence of this.#tokenizer.push(text)) {
      if (signal.aborted) return; // interrupted: the rest of this text was never to be said
      await this.#speak(sentence);
    }
  }

  async #onSpeak(text: string): Promise<void> {
    // Outside a reply a tts-speak is a reply of its own (greeting, filler).
    const standalone = !this.#speaking && this.#tokenizer.pending.trim() === '';
    this.#markFirstText();
    // A barge-in mid-way (a greeting cut off) ends the whole text, not just its current sentence.
    const signal = this.signal;
    for (const sentence of splitSentences(text, this.#tokenizerOptions)) {
      if (signal.aborted) return;
      await this.#speak(sentence);
    }
    if (standalone) this.#stopSpeaking();
  }

  async #finishReply(): Promise<void> {
    for (const sentence of this.#tokenizer.flush()) await this.#speak(sentence);
    this.#stopSpeaking();
  }

  #markFirstText(): void {
    if (this.#speaking || this.#replyTextAt !== undefined) return;
    this.#replyTextAt = this.clock.now();
  }

  #stopSpeaking(): void {
    this.#replyTextAt = undefined;
    if (!this.#speaking) return;
    this.#speaking = false;
    this.push(this.createFrame('tts-stopped', {}));
  }

  async #speak(raw: string): Promise<void> {
    const sentence = cleanTextForSpeech(raw, this.#language);
    if (!sentence) return;
    const sampleRate = this.startParams?.audioOutSampleRate ?? FALLBACK_OUTPUT_RATE;
    const signal = this.signal;
    const started = this.clock.now();
    let first = true;
    let ttfbMs: number | undefined;
    try {
      for await (const audio of this.#tts.synthesize(sentence, {
        voice: this.#voice,
        language: this.#language,
        sampleRate,
        signal,
        // Until the first audio of a reply is out, the shopper is waiting in silence.
        lead: !this.#speaking,
      })) {
        if (signal.aborted) return;
        if (first) {
          first = false;
          if (!this.#speaking) {
            this.#speaking = true;
            this.push(this.createFrame('tts-started', {}));
          }
          if (this.#replyTextAt !== undefined) {
            ttfbMs = this.clock.now() - this.#replyTextAt;
            this.#replyTextAt = undefined;
          }
          this.push(this.createFrame('tts-text', { text: sentence }));
        }
        this.push(this.createFrame('output-audio', { audio, sampleRate, channels: 1 }));
      }
      // One measurement per call; an interrupted call reports nothing (its work was abandoned).
      this.metrics.report({
        kind: 'tts',
        processor: this.name,
        model: this.#tts.model,
        ...(ttfbMs === undefined ? {} : { ttfbMs }),
        durationMs: this.clock.now() - started,
        characters: sentence.length,
      });
    } catch (err) {
      if (signal.aborted || isAbortError(err)) return; // interrupted: nothing more to say
      // Not a word of it could be said: show it, so the reply still reaches the shopper.
      if (first) this.push(this.createFrame('tts-speak', { text: sentence, audioResponse: false }));
      this.pushError(err, false);
    }
  }
}
