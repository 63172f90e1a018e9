/**
 * Pipeline wrapper for any SttService. Input audio is forwarded untouched and, while the user
 * speaks, streamed to the STT (with a short pre-roll, because VAD reports speech ~80 ms after it
 * starts). Interim hypotheses go downstream as `transcription` (final: false); at the end of the
 * turn (`user-stopped-speaking`) the utterance is finalized and a final `transcription` follows,
 * with an STT TTFB metric measured from that frame to the final result.
 */
import { Resampler } from '../../audio/resampler.ts';
import {
  type Direction,
  type Frame,
  FrameProcessor,
  type FrameProcessorOptions,
} from '../../pipeline/index.ts';
import { isAbortError, isServiceError } from '../service-base.ts';
import { STT_SAMPLE_RATE, type SttService, type SttStream } from './types.ts';

export interface SttProcessorOptions extends FrameProcessorOptions {
  stt: SttService;
  userId?: string;
  language?: string;
  /** Audio kept from before the speech-start event and sent with it (default 400 ms). */
  prerollMs?: number;
  /** Emit interim transcriptions (default true when the service supports them). */
  interimResults?: boolean;
}

export class SttProcessor extends FrameProcessor {
  readonly #stt: SttService;
  readonly #userId: string;
  readonly #language: string;
  readonly #prerollSamples: number;
  readonly #interim: boolean;
  #stream: SttStream | undefined;
  #speaking = false;
  #preroll: Int16Array[] = [];
  #prerollLen = 0;
  #resampler: Resampler | undefined;

  constructor(opts: SttProcessorOptions) {
    super({ ...opts, model: opts.model ?? opts.stt.model });
    this.#stt = opts.stt;
    this.#userId = opts.userId ?? 'user';
    this.#language = opts.language ?? 'en';
    this.#prerollSamples = Math.round(((opts.prerollMs ?? 400) / 1000) * STT_SAMPLE_RATE);
    this.#interim = opts.interimResults ?? opts.stt.capabilities.interimResults;
  }

  protected override async onStart(): Promise<void> {
    try {
      this.#stream = await this.#stt.openStream({ signal: this.lifetimeSignal, language: this.#language });
    } catch (err) {
      this.markUnusable(err);
      return;
    }
    void this.#pumpEvents(this.#stream);
  }

  protected override async onStop(): Promise<void> {
    await this.#stream?.close();
  }

  protected override async onCancel(): Promise<void> {
    await this.#stream?.close();
  }

  protected override process(frame: Frame, direction: Direction): void {
    this.push(frame, direction);
    if (!this.#stream) return;
    // The end of the turn may come from the VAD (downstream) or from a turn processor placed
    // after this one, which sends user-stopped-speaking back upstream so we finalize.
    if (frame.type === 'user-stopped-speaking') {
      if (this.#speaking) this.#finishUtterance(this.#stream);
      return;
    }
    if (direction !== 'downstream') return;
    switch (frame.type) {
      case 'input-audio':
        this.#onAudio(this.#toStt(frame.audio, frame.sampleRate, frame.channels));
        return;
      case 'vad-user-started-speaking':
      case 'user-started-speaking':
        if (!this.#speaking) this.#startUtterance();
        return;
    }
  }

  #startUtterance(): void {
    this.#speaking = true;
    for (const chunk of this.#preroll) this.#stream?.push(chunk);
    this.#preroll = [];
    this.#prerollLen = 0;
  }

  #finishUtterance(stream: SttStream): void {
    this.#speaking = false;
    const stoppedAt = this.clock.now();
    // Not awaited: input audio (a system frame too) must keep flowing while the decoder finishes.
    stream.finalize(this.lifetimeSignal).then(
      (result) => {
        this.metrics.report({
          kind: 'stt',
          processor: this.name,
          model: this.#stt.model,
          ttfbMs: this.clock.now() - stoppedAt,
        });
        const text = result.text.trim();
        if (text) {
          this.push(
            this.createFrame('transcription', {
              text,
              userId: this.#userId,
              final: true,
              language: this.#language,
              ...(result.confidence === undefined ? {} : { confidence: result.confidence }),
              ...(result.inDomain === undefined ? {} : { inDomain: result.inDomain }),
            }),
          );
        }
      },
      (err: unknown) => {
        // Engine failures arrive as error events (see #pumpEvents); aborts mean we are stopping.
        if (!isAbortError(err) && !isServiceError(err)) this.pushError(err);
      },
    );
  }

  #onAudio(pcm: Int16Array): void {
    if (pcm.length === 0) return;
    if (this.#speaking) {
      this.#stream?.push(pcm);
      return;
    }
    this.#preroll.push(pcm);
    this.#prerollLen += pcm.length;
    while (this.#prerollLen - (this.#preroll[0]?.length ?? 0) >= this.#prerollSamples) {
      this.#prerollLen -= this.#preroll.shift()?.length ?? 0;
    }
  }

  #toStt(audio: Int16Array, sampleRate: number, channels: number): Int16Array {
    let mono = audio;
    if (channels > 1) {
      mono = new Int16Array(Math.floor(audio.length / channels));
      for (let i = 0; i < mono.length; i++) {
        let sum = 0;
        for (let c = 0; c < channels; c++) sum += audio[i * channels + c] as number;
        mono[i] = Math.round(sum / channels);
      }
    }
    if (sampleRate === STT_SAMPLE_RATE) return mono;
    if (this.#resampler?.inRate !== sampleRate) this.#resampler = new Resampler(sampleRate, STT_SAMPLE_RATE);
    return this.#resampler.process(mono);
  }

  async #pumpEvents(stream: SttStream): Promise<void> {
    for await (const event of stream) {
      if (event.type === 'interim' && this.#interim && event.text.trim()) {
        this.push(
          this.createFrame('transcription', {
            text: event.text.trim(),
            userId: this.#userId,
            final: false,
            language: this.#language,
          }),
        );
      } else if (event.type === 'error') {
        this.pushError(event.error, false);
      }
    }
  }
}
