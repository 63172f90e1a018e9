/**
 * Pipeline wrapper for any SttService. Input audio is forwarded untouched and, while the user
 * speaks, streamed to the STT with a pre-roll: the VAD reports speech 0.2–0.45 s after it began
 * (its start window, later for soft onsets like "wh") plus however far its inference lags the
 * audio, and says how far back that was (`onsetLagMs`); the pre-roll reaches that far plus a
 * lead, so the first word is never clipped. Interim hypotheses go downstream as `transcription` (final: false); at the end of the
 * turn (`user-stopped-speaking`) the utterance is finalized and a final `transcription` follows,
 * with an STT TTFB metric measured from that frame to the final result. At the VAD stop the
 * stream is asked for a settled interim (all audio so far), which the turn detector judges.
 */

import { PcmRing } from '../../audio/pcm-ring.ts';
import { msToSamples } from '../../audio/pcm16.ts';
import { quietStartBefore } from '../../audio/quiet-start.ts';
import { Resampler } from '../../audio/resampler.ts';
import {
  type Direction,
  type Frame,
  FrameProcessor,
  type FrameProcessorOptions,
  INPUT_AUDIO_ONLY,
} from '../../pipeline/index.ts';
import { isAbortError, isServiceError } from '../service-base.ts';
import { STT_SAMPLE_RATE, type SttAudioSource, type SttService, type SttStream } from './types.ts';

export interface SttProcessorOptions extends FrameProcessorOptions {
  stt: SttService;
  userId?: string;
  language?: string;
  /** Least audio from before the speech-start event sent with it (default 400 ms). */
  prerollMs?: number;
  /** Audio sent from before the VAD's onset estimate (which runs up to ~0.25 s late on soft onsets, "wh"); unset = only the fixed prerollMs (STT_ONSET_LEAD_MS). */
  onsetLeadMs?: number;
  /**
   * Longest pre-roll kept, however late the VAD decides (default 4000 ms, 128 KB). On a loaded
   * machine (load 22 on 2 cores) the VAD's inference lagged the audio by over 2 s: with a 2 s
   * ring the reach-back began mid-request ("add the alba daily trainer" → "delete trainer").
   */
  maxPrerollMs?: number;
  /** Emit interim transcriptions (default true when the service supports them). */
  interimResults?: boolean;
  /**
   * Said (a `tts-speak` downstream) when an utterance is lost to a provider failure, once until
   * speech is recognized again: the shopper learns to type instead of talking to silence.
   */
  lostUtteranceMessage?: string;
}

/**
 * Input at 8 kHz or less is telephone audio (Twilio and other Media Streams: µ-law 8 kHz): nothing
 * above 4 kHz reaches the recognizer however it is resampled, which is what a phone setup is for.
 */
export function audioSourceOf(inputSampleRate: number): SttAudioSource {
  return inputSampleRate <= 8000 ? 'phone' : 'wideband';
}

export class SttProcessor extends FrameProcessor {
  /** Input audio goes to the stream or the pre-roll at once. */
  protected override readonly synchronousTypes = INPUT_AUDIO_ONLY;
  readonly #stt: SttService;
  readonly #userId: string;
  readonly #language: string;
  readonly #prerollSamples: number;
  readonly #onsetLeadMs: number | undefined;
  readonly #preroll: PcmRing;
  readonly #interim: boolean;
  #stream: SttStream | undefined;
  #speaking = false;
  #resampler: Resampler | undefined;
  readonly #lostMessage: string | undefined;
  /** The lost-utterance message was said and nothing was recognized since. */
  #toldLost = false;
  /** No stream could be opened: speech is not recognized this session. */
  #openFailed = false;

  constructor(opts: SttProcessorOptions) {
    super({ ...opts, model: opts.model ?? opts.stt.model });
    this.#stt = opts.stt;
    this.#userId = opts.userId ?? 'user';
    this.#language = opts.language ?? 'en';
    this.#prerollSamples = msToSamples(opts.prerollMs ?? 400, STT_SAMPLE_RATE);
    this.#onsetLeadMs = opts.onsetLeadMs;
    const maxSamples = msToSamples(opts.maxPrerollMs ?? 4000, STT_SAMPLE_RATE);
    this.#preroll = new PcmRing(Math.max(1, maxSamples, this.#prerollSamples));
    this.#interim = opts.interimResults ?? opts.stt.capabilities.interimResults;
    this.#lostMessage = opts.lostUtteranceMessage;
  }

  protected override async onStart(frame: Frame<'start'>): Promise<void> {
    try {
      this.#stream = await this.#stt.openStream({
        signal: this.lifetimeSignal,
        language: this.#language,
        audioSource: audioSourceOf(frame.audioInSampleRate),
      });
    } catch (err) {
      // Stopped while the stream was opening: nothing is wrong with the STT.
      if (this.lifetimeSignal.aborted && isAbortError(err)) return;
      // Frames keep passing (typed input works); the shopper who speaks is told to type.
      this.#openFailed = true;
      this.pushError(err, false);
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
    if (!this.#stream) {
      if (this.#openFailed && direction === 'downstream' && frame.type === 'vad-user-stopped-speaking')
        this.#tellLost();
      return;
    }
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
        if (!this.#speaking) this.#startUtterance(frame.onsetLagMs);
        return;
      case 'user-started-speaking':
        if (!this.#speaking) this.#startUtterance(undefined);
        return;
      case 'vad-user-stopped-speaking':
        // The turn detector judges the request now: ask for a hypothesis of all of it.
        if (this.#speaking) this.#stream.flush?.();
        return;
    }
  }

  #startUtterance(onsetLagMs: number | undefined): void {
    this.#speaking = true;
    const fromOnset =
      onsetLagMs === undefined || this.#onsetLeadMs === undefined
        ? 0
        : msToSamples(onsetLagMs + this.#onsetLeadMs, STT_SAMPLE_RATE);
    // Never start inside a word: a reach-back that lands in sound moves back to the quiet
    // before it (quiet-start.ts says why that happens and what a cut word costs).
    const history = this.#preroll.last(this.#preroll.size);
    const wanted = Math.max(this.#prerollSamples, fromOnset);
    const start = quietStartBefore(history, history.length - wanted, { sampleRate: STT_SAMPLE_RATE });
    const preroll = history.subarray(start);
    this.#preroll.clear();
    if (preroll.length > 0) this.#stream?.push(preroll);
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
          this.#toldLost = false;
          this.push(
            this.createFrame('transcription', {
              text,
              userId: this.#userId,
              final: true,
              language: this.#language,
              ...(result.confidence === undefined ? {} : { confidence: result.confidence }),
              ...(result.inDomain === undefined ? {} : { inDomain: result.inDomain }),
              ...(result.alternatives?.length
                ? {
                    alternatives: result.alternatives.map(({ text, source, posterior, inDomain }) => ({
                      text,
                      source,
                      ...(posterior === undefined ? {} : { posterior }),
                      ...(inDomain === undefined ? {} : { inDomain }),
                    })),
                  }
                : {}),
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
    this.#preroll.write(pcm);
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

  #tellLost(): void {
    if (!this.#lostMessage || this.#toldLost) return;
    this.#toldLost = true;
    this.push(this.createFrame('tts-speak', { text: this.#lostMessage }));
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
            ...(event.settled ? { settled: true } : {}),
          }),
        );
      } else if (event.type === 'error') {
        this.pushError(event.error, false);
        this.#tellLost();
      }
    }
  }
}
