/**
 * PipelineTask: runs one pipeline — start, end (drain), cancel (abort), idle timeout — and
 * answers requests that processors push upstream (end, cancel, interruption, errors).
 */
import { EventEmitter } from 'node:events';
import { type Clock, systemClock, type TimerHandle } from './clock.ts';
import { PipelineStartTimeoutError } from './errors.ts';
import { createFrame, type Direction, type Frame, type FrameType, type StartParams } from './frames.ts';
import { type FrameObserver, type FrameSink, type PipelineNode, rewritesAfterEach } from './node.ts';

export type FinishReason = 'end' | 'cancel';

export interface PipelineTaskOptions {
  clock?: Clock;
  observers?: FrameObserver[];
  params?: Partial<StartParams>;
  /** The start frame must reach the end of the pipeline within this time. */
  startTimeoutMs?: number;
  /** How long cancel() waits for the cancel frame to reach the end before giving up. */
  cancelTimeoutMs?: number;
  /** No activity (see idleFrames) for this long triggers idleAction; null disables. */
  idleTimeoutMs?: number | null;
  idleFrames?: FrameType[];
  idleAction?: 'cancel' | 'end';
  /** Cancel the task when an error frame marked fatal reaches the top. */
  cancelOnFatalError?: boolean;
}

interface TaskEvents {
  started: [];
  finished: [{ reason: FinishReason; detail?: string }];
  'pipeline-error': [Frame<'error'>];
  'idle-timeout': [];
  /** Every frame that leaves the end of the pipeline (downstream) or its top (upstream). */
  frame: [{ frame: Frame; direction: Direction }];
}

export const DEFAULT_START_PARAMS: StartParams = {
  audioInSampleRate: 16_000,
  audioOutSampleRate: 24_000,
  allowInterruptions: true,
  enableMetrics: true,
};

const DEFAULT_IDLE_FRAMES: FrameType[] = [
  'user-started-speaking',
  'user-stopped-speaking',
  'bot-started-speaking',
  'bot-stopped-speaking',
  'transcription',
  'llm-run',
];

type TaskState = 'created' | 'starting' | 'running' | 'finished';

export class PipelineTask extends EventEmitter<TaskEvents> {
  readonly pipeline: PipelineNode;
  readonly clock: Clock;
  readonly params: StartParams;
  #opts: Required<Omit<PipelineTaskOptions, 'clock' | 'observers' | 'params'>>;
  #observers: FrameObserver[];
  #state: TaskState = 'created';
  #idleTimer: TimerHandle | undefined;
  #finished: Promise<{ reason: FinishReason; detail?: string }>;
  #resolveFinished!: (value: { reason: FinishReason; detail?: string }) => void;
  #resolveStarted: (() => void) | undefined;
  #ending = false;

  constructor(pipeline: PipelineNode, opts: PipelineTaskOptions = {}) {
    super();
    this.pipeline = pipeline;
    this.clock = opts.clock ?? systemClock;
    this.params = { ...DEFAULT_START_PARAMS, ...opts.params };
    this.#opts = {
      startTimeoutMs: opts.startTimeoutMs ?? 20_000,
      cancelTimeoutMs: opts.cancelTimeoutMs ?? 20_000,
      idleTimeoutMs: opts.idleTimeoutMs === undefined ? 300_000 : opts.idleTimeoutMs,
      idleFrames: opts.idleFrames ?? DEFAULT_IDLE_FRAMES,
      idleAction: opts.idleAction ?? 'cancel',
      cancelOnFatalError: opts.cancelOnFatalError ?? true,
    };
    const idleFrames = new Set(this.#opts.idleFrames);
    this.#observers = [
      ...(opts.observers ?? []),
      { frameTypes: idleFrames, onFrameHop: () => this.#resetIdleTimer() },
    ];
    this.#finished = new Promise((resolve) => {
      this.#resolveFinished = resolve;
    });
    pipeline.link(this.#top, this.#bottom);
  }

  get state(): TaskState {
    return this.#state;
  }

  /** Resolves when the task has finished (end reached the sink, or cancel completed). */
  whenFinished(): Promise<{ reason: FinishReason; detail?: string }> {
    return this.#finished;
  }

  /** Sends the start frame; resolves once it has passed through every processor, or the task was cancelled meanwhile. */
  async start(): Promise<void> {
    if (this.#state !== 'created') throw new Error(`task already ${this.#state}`);
    this.#state = 'starting';
    const rewrites = rewritesAfterEach([...this.pipeline.processors()]);
    this.pipeline.setup({
      clock: this.clock,
      observers: this.#observers,
      rewritesAfter: (p) => rewrites.get(p) ?? new Set(),
    });
    const reached = new Promise<void>((resolve) => {
      this.#resolveStarted = resolve;
    });
    let timer: TimerHandle | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = this.clock.setTimer(() => resolve('timeout'), this.#opts.startTimeoutMs);
    });
    this.pipeline.queueFrame(createFrame('start', this.params, this.clock), 'downstream');
    // A task cancelled while it starts (its session ended) stops waiting for the start frame.
    const finished = this.#finished.then(() => 'finished' as const);
    const outcome = await Promise.race([reached, timedOut, finished]);
    timer?.cancel();
    if (outcome === 'timeout') {
      await this.cancel('start timeout');
      throw new PipelineStartTimeoutError(this.#opts.startTimeoutMs);
    }
  }

  /** Injects frames at the head of the pipeline (downstream). */
  queueFrames(...frames: Frame[]): void {
    if (this.#state === 'finished') return;
    for (const frame of frames) this.pipeline.queueFrame(frame, 'downstream');
  }

  /** Graceful end: everything queued drains first. Resolves when the end frame reached the sink. */
  async end(reason?: string): Promise<void> {
    if (this.#state === 'finished') return;
    if (this.#state === 'created') {
      this.#finish('end', reason);
      return;
    }
    if (!this.#ending) {
      this.#ending = true;
      this.pipeline.queueFrame(createFrame('end', { reason }, this.clock), 'downstream');
    }
    await this.#finished;
  }

  /** Immediate stop: in-flight work is aborted and queues are dropped. Waits a bounded time. */
  async cancel(reason?: string): Promise<void> {
    if (this.#state === 'finished') return;
    if (this.#state === 'created') {
      this.#finish('cancel', reason);
      return;
    }
    this.pipeline.queueFrame(createFrame('cancel', { reason }, this.clock), 'downstream');
    const timer = this.clock.setTimer(
      () => this.#finish('cancel', `${reason ?? 'cancel'} (cancel frame did not reach the sink in time)`),
      this.#opts.cancelTimeoutMs,
    );
    await this.#finished;
    timer.cancel();
  }

  /** Receives frames leaving the top of the pipeline: requests and errors from processors. */
  readonly #top: FrameSink = {
    name: 'PipelineTask:top',
    queueFrame: (frame, direction) => {
      this.emit('frame', { frame, direction });
      switch (frame.type) {
        case 'error':
          this.emit('pipeline-error', frame);
          if (frame.fatal && this.#opts.cancelOnFatalError)
            void this.cancel(`fatal error: ${frame.error.message}`);
          break;
        case 'end-task-request':
          void this.end(frame.reason);
          break;
        case 'cancel-task-request':
          void this.cancel(frame.reason);
          break;
        case 'interruption-request':
          this.pipeline.queueFrame(createFrame('interruption', {}, this.clock), 'downstream');
          break;
      }
    },
  };

  /** Receives frames leaving the end of the pipeline. */
  readonly #bottom: FrameSink = {
    name: 'PipelineTask:bottom',
    queueFrame: (frame, direction) => {
      // Input audio leaves here ~60 times a second per session: no event object for nobody.
      if (this.listenerCount('frame') > 0) this.emit('frame', { frame, direction });
      if (frame.type === 'start' && this.#state === 'starting') {
        this.#state = 'running';
        this.#resetIdleTimer();
        this.#resolveStarted?.();
        this.emit('started');
      } else if (frame.type === 'end') {
        this.#finish('end', frame.reason);
      } else if (frame.type === 'cancel') {
        this.#finish('cancel', frame.reason);
      }
    },
  };

  #resetIdleTimer(): void {
    this.#idleTimer?.cancel();
    this.#idleTimer = undefined;
    const ms = this.#opts.idleTimeoutMs;
    if (ms === null || this.#state !== 'running') return;
    this.#idleTimer = this.clock.setTimer(() => {
      this.emit('idle-timeout');
      if (this.#opts.idleAction === 'end') void this.end('idle timeout');
      else void this.cancel('idle timeout');
    }, ms);
  }

  #finish(reason: FinishReason, detail?: string): void {
    if (this.#state === 'finished') return;
    this.#state = 'finished';
    this.#idleTimer?.cancel();
    this.#idleTimer = undefined;
    this.#resolveStarted?.();
    const result = detail === undefined ? { reason } : { reason, detail };
    this.#resolveFinished(result);
    this.emit('finished', result);
  }
}
