/**
 * Pipeline processor deciding the end of the user's turn. Sits after the STT (it needs the
 * transcripts) and after a VadProcessor configured with `emitUserStoppedSpeaking: false`.
 * When the strategy says the turn is over it pushes `user-stopped-speaking` downstream (to
 * the context aggregator) and upstream (so the STT finalises the utterance).
 *
 * In `manual` turn mode (a `user-turn-mode` frame: push-to-talk) the client ends its turns: the
 * transport's own `user-stopped-speaking` passes through and the detector stays out of it.
 */
import type { Direction, Frame } from '../../pipeline/index.ts';
import { FrameProcessor, type FrameProcessorOptions, INPUT_AUDIO_ONLY } from '../../pipeline/index.ts';
import { dbfs } from '../pcm16.ts';
import type { TurnStrategy } from './strategy.ts';
import { TurnDetector, type TurnEnd } from './turn-detector.ts';

export interface TurnProcessorOptions extends FrameProcessorOptions {
  strategy: TurnStrategy;
  maxWaitMs: number;
  /** Language until a transcription frame says otherwise (default 'en'). */
  language?: string;
  onTurnEnd?: (end: TurnEnd) => void;
  /** See TurnDetectorOptions.resumeHoldMs (default 300 ms). */
  resumeHoldMs?: number;
  /** See TurnDetectorOptions.settleWaitMs (default 400 ms). */
  settleWaitMs?: number;
}

export class TurnProcessor extends FrameProcessor {
  /** Input audio only updates the detector's sound level. */
  protected override readonly synchronousTypes = INPUT_AUDIO_ONLY;
  #opts: TurnProcessorOptions;
  #detector: TurnDetector | null = null;
  #manual = false;

  constructor(opts: TurnProcessorOptions) {
    super(opts);
    this.#opts = opts;
  }

  protected override onStart(): void {
    this.#detector = new TurnDetector({
      strategy: this.#opts.strategy,
      clock: this.clock,
      maxWaitMs: this.#opts.maxWaitMs,
      language: this.#opts.language,
      ...(this.#opts.resumeHoldMs === undefined ? {} : { resumeHoldMs: this.#opts.resumeHoldMs }),
      ...(this.#opts.settleWaitMs === undefined ? {} : { settleWaitMs: this.#opts.settleWaitMs }),
      onTurnEnd: (end) => {
        this.#opts.onTurnEnd?.(end);
        const frame = this.createFrame('user-stopped-speaking', {
          waitMs: Math.round(end.silenceMs),
          settleMs: Math.round(end.settleMs),
        });
        this.push(frame, 'downstream');
        this.push(frame, 'upstream');
      },
    });
  }

  get maxWaitMs(): number {
    return this.#opts.maxWaitMs;
  }

  /** The session switched agent: its longest wait for an unfinished request, from the next turn. */
  setMaxWaitMs(maxWaitMs: number): void {
    this.#opts = { ...this.#opts, maxWaitMs };
    this.#detector?.setMaxWaitMs(maxWaitMs);
  }

  protected override onStop(): void {
    this.#detector?.reset();
  }

  protected override onCancel(): void {
    this.#detector?.reset();
  }

  protected override process(frame: Frame, direction: Direction): void {
    if (frame.type === 'user-turn-mode' && direction === 'downstream') {
      this.#manual = frame.mode === 'manual';
      this.#detector?.reset();
    }
    const d = this.#manual ? null : this.#detector;
    if (d && direction === 'downstream') {
      switch (frame.type) {
        case 'input-audio':
          if (d.phase === 'waiting') d.inputLevel(dbfs(frame.audio));
          break;
        case 'vad-user-started-speaking':
          d.userStartedSpeaking();
          break;
        case 'vad-user-stopped-speaking':
          this.push(frame, direction);
          d.userStoppedSpeaking();
          return;
        case 'user-stopped-speaking':
          return; // this processor owns the end of the turn
        case 'transcription':
          if (frame.language) d.setLanguage(frame.language);
          this.push(frame, direction);
          d.transcription(frame.text, frame.final, frame.settled === true);
          return;
      }
    }
    this.push(frame, direction);
  }
}
