/**
 * FrameProcessor: the single building block of a pipeline.
 *
 * Each processor has a priority inbox: system frames are handled by their own loop, in arrival
 * order, ahead of anything queued; data and control frames are handled in order by a worker
 * loop. `queueFrame` only enqueues, so a slow processor never blocks the one before it.
 *
 * Interruption is one mechanism, owned here: the processor's AbortSignal is aborted and renewed,
 * queued interruptible frames are dropped, and the interruptible frame being processed is
 * abandoned — anything it pushes afterwards is discarded (tracked with AsyncLocalStorage), so a
 * subclass that forgets to honour the signal still cannot leak stale output.
 */
import { type Clock, systemClock } from './clock.ts';
import { InterruptedError, isAbortError, toError } from './errors.ts';
import {
  createFrame,
  type Direction,
  type Frame,
  type FramePayloads,
  type FrameType,
  isSystemFrame,
  isUninterruptible,
  type StartParams,
} from './frames.ts';
import { HopReporter, NO_HOP_REPORTER, NOTHING_REWRITTEN } from './hop-reporter.ts';
import { currentInvocation, type Invocation, runAtOnce, runInInvocation } from './invocation-context.ts';
import { MetricsRecorder } from './metrics.ts';
import type { FrameSink, PipelineNode, SetupContext } from './node.ts';
import { ProcessorInbox, type QueuedFrame } from './processor-inbox.ts';

/** What a processor does when it becomes unusable (a fatal engine failure, too many errors). */
export type UnusablePolicy = 'continue' | 'end' | 'cancel';

export interface FrameProcessorOptions {
  name?: string;
  /** Default clock until the task's setup provides one. */
  clock?: Clock;
  /** continue: frames pass through untouched; end/cancel: ask the task to end or cancel. */
  unusablePolicy?: UnusablePolicy;
  /** Consecutive processing errors after which the processor marks itself unusable. */
  maxConsecutiveErrors?: number;
  /** Model name reported in metrics. */
  model?: string;
}

const nameCounters = new Map<string, number>();

function defaultName(ctor: string): string {
  const n = nameCounters.get(ctor) ?? 0;
  nameCounters.set(ctor, n + 1);
  return `${ctor}#${n}`;
}

export class FrameProcessor implements PipelineNode {
  readonly name: string;
  /** See `FrameSink.rewrites`; none unless a subclass says so. */
  readonly rewrites?: ReadonlySet<FrameType>;
  readonly metrics: MetricsRecorder;
  /**
   * System frame types this processor forwards untouched both ways without looking at them:
   * the base pushes them on without calling `process` (input audio through the stages that
   * ignore it, ~60 frames a second per session). None unless a subclass says so.
   */
  protected readonly passThrough: ReadonlySet<FrameType> | undefined = undefined;
  /**
   * System frame types whose `process` never awaits, and whose callbacks started there need no
   * invocation context (they read no `this.signal`): handled without an AsyncLocalStorage frame,
   * whose making was a few per cent of the main thread with input audio at 200 sessions (the
   * VAD, STT and turn stages, ~60 frames a second per session each). The context still holds
   * for the synchronous call itself. None unless a subclass says so.
   */
  protected readonly synchronousTypes: ReadonlySet<FrameType> | undefined = undefined;
  #clock: Clock;
  #hops: HopReporter = NO_HOP_REPORTER;
  #upstream: FrameSink | undefined;
  #downstream: FrameSink | undefined;

  readonly #inbox = new ProcessorInbox();
  #systemRunning = false;
  /** Identity of the active data loop; replaced when an interruption abandons in-flight work. */
  #loopToken: object | undefined;
  #inFlight: QueuedFrame | undefined;

  #generation = 0;
  #interruptController = new AbortController();
  readonly #lifetimeController = new AbortController();
  /** The context of work on the lifetime signal (system frames): the same for every such call. */
  readonly #lifetimeInvocation: Invocation = {
    owner: this,
    generation: undefined,
    signal: this.#lifetimeController.signal,
  };

  #startParams: StartParams | undefined;
  #stopped = false;
  #cancelled = false;
  #unusable = false;
  #consecutiveErrors = 0;
  readonly #unusablePolicy: UnusablePolicy;
  readonly #maxConsecutiveErrors: number;

  constructor(opts: FrameProcessorOptions = {}) {
    this.name = opts.name ?? defaultName(new.target.name);
    this.#clock = opts.clock ?? systemClock;
    this.#unusablePolicy = opts.unusablePolicy ?? 'continue';
    this.#maxConsecutiveErrors = opts.maxConsecutiveErrors ?? Number.POSITIVE_INFINITY;
    this.metrics = new MetricsRecorder({
      processor: this.name,
      model: opts.model,
      clock: () => this.#clock,
      enabled: () => this.#startParams?.enableMetrics ?? false,
      emit: (data) => this.push(this.createFrame('metrics', { data }), 'downstream'),
    });
  }

  // ── subclass API ──────────────────────────────────────────────────────────

  /** Handles one frame. The default forwards it; overrides must forward what they do not consume. */
  protected process(frame: Frame, direction: Direction): void | Promise<void> {
    this.push(frame, direction);
  }

  /** Called with the start frame before it is processed. */
  protected onStart(_frame: Frame<'start'>): void | Promise<void> {}
  /** Called with the end frame once everything queued before it was processed (drain). */
  protected onStop(_frame: Frame<'end'>): void | Promise<void> {}
  /** Called with the cancel frame; queued work has already been dropped. */
  protected onCancel(_frame: Frame<'cancel'>): void | Promise<void> {}
  /** Called on every interruption, after in-flight work was aborted and queues flushed. */
  protected onInterruption(): void {}

  /** Sends a frame to the neighbour in `direction`. Never blocks: the neighbour queues it. */
  push(frame: Frame, direction: Direction = 'downstream'): void {
    // System frames (input audio among them) never need the invocation look-up.
    if (!isSystemFrame(frame) && !isUninterruptible(frame)) {
      const current = currentInvocation();
      if (
        current?.owner === this &&
        current.generation !== undefined &&
        current.generation !== this.#generation
      ) {
        return; // output of work abandoned by an interruption
      }
    }
    const target = direction === 'downstream' ? this.#downstream : this.#upstream;
    if (!target) return;
    if (this.#hops.active) this.#hops.report(frame, direction, this.name, target);
    target.queueFrame(frame, direction);
  }

  /** Creates a frame stamped by this processor's clock. */
  createFrame<T extends FrameType>(type: T, payload: FramePayloads[T]): Frame<T> {
    return createFrame(type, payload, this.#clock);
  }

  /** Reports an error upstream as an error frame (the task decides what a fatal one means). */
  pushError(error: unknown, fatal = false): void {
    this.push(this.createFrame('error', { error: toError(error), fatal, processor: this.name }), 'upstream');
  }

  /** Interrupts this processor and sends an interruption both ways (user barge-in). */
  broadcastInterruption(): void {
    this.#interrupt(Number.POSITIVE_INFINITY);
    const frame = this.createFrame('interruption', {});
    this.push(frame, 'downstream');
    this.push(frame, 'upstream');
    this.#kickDataLoop();
  }

  /** Asks the task to end gracefully (drain). */
  requestEnd(reason?: string): void {
    this.push(this.createFrame('end-task-request', { reason }), 'upstream');
  }

  /** Asks the task to cancel (abort everything). */
  requestCancel(reason?: string): void {
    this.push(this.createFrame('cancel-task-request', { reason }), 'upstream');
  }

  /** Stops using this processor's own logic and applies the unusable policy. */
  markUnusable(reason: unknown): void {
    if (this.#unusable) return;
    this.#unusable = true;
    const policy = this.#unusablePolicy;
    this.pushError(
      new Error(`${this.name} is unusable (${policy}): ${toError(reason).message}`),
      policy !== 'continue',
    );
    if (policy === 'end') this.requestEnd(`${this.name} unusable`);
    if (policy === 'cancel') this.requestCancel(`${this.name} unusable`);
  }

  /** Aborted by an interruption (then renewed), by cancel and by end. Inside an uninterruptible frame's processing, only by cancel/end. */
  get signal(): AbortSignal {
    const current = currentInvocation();
    if (current?.owner === this) return current.signal;
    return this.#interruptController.signal;
  }

  /** Aborted when the processor stops (end or cancel): for resources that live across turns. */
  get lifetimeSignal(): AbortSignal {
    return this.#lifetimeController.signal;
  }

  get clock(): Clock {
    return this.#clock;
  }

  get startParams(): StartParams | undefined {
    return this.#startParams;
  }

  get isUnusable(): boolean {
    return this.#unusable;
  }

  /** Queued data/control frames (for tests and metrics). */
  get queuedFrames(): number {
    return this.#inbox.data.length;
  }

  // ── PipelineNode ──────────────────────────────────────────────────────────

  link(upstream: FrameSink | undefined, downstream: FrameSink | undefined): void {
    this.#upstream = upstream;
    this.#downstream = downstream;
  }

  setup(ctx: SetupContext): void {
    this.#clock = ctx.clock;
    this.#hops = new HopReporter(ctx.observers, ctx.clock, ctx.rewritesAfter?.(this) ?? NOTHING_REWRITTEN);
  }

  *processors(): Iterable<FrameSink> {
    yield this;
  }

  queueFrame(frame: Frame, direction: Direction): void {
    // After end, only a cancel still passes: it must reach processors that are still draining.
    if (this.#stopped && (frame.type !== 'cancel' || this.#cancelled)) return;
    if (frame.type === 'cancel' && !this.#cancelled) {
      // The cancel frame is handled in order, behind a start still waiting for an engine (an STT
      // decoder being built): aborting now lets that wait end instead of holding the cancel up.
      this.#lifetimeController.abort(new InterruptedError());
      this.#interruptController.abort(new InterruptedError());
    }
    if (isSystemFrame(frame)) {
      if (!this.#systemRunning && this.#startParams && this.passThrough?.has(frame.type)) {
        // Nothing ahead of it here (no system frame in hand or queued): forwarded at once.
        this.#inbox.passSystem();
        this.push(frame, direction);
        return;
      }
      const item = this.#inbox.arriveSystem(frame, direction);
      if (!this.#systemRunning && !LIFECYCLE_SYSTEM.has(frame.type)) this.#handleSystemFrameNow(item);
      else {
        this.#inbox.system.push(item);
        if (!this.#systemRunning) void this.#drainSystemQueue();
      }
    } else {
      this.#inbox.pushData(frame, direction);
      this.#kickDataLoop();
    }
  }

  // ── internals ─────────────────────────────────────────────────────────────

  async #drainSystemQueue(): Promise<void> {
    this.#systemRunning = true;
    try {
      const queue = this.#inbox.system;
      for (let item = queue.shift(); item; item = queue.shift()) {
        await this.#handleSystemFrame(item);
        this.#inbox.systemHandled(item.seq);
      }
    } finally {
      this.#systemRunning = false;
    }
  }

  /**
   * The common case, taken when no system frame is being handled: an audio frame or event
   * handled at once, without the queue and the three promises per processor the drain loop
   * costs (audio frames pass every processor ~60 times a second per session). Only a
   * `process` that returns a promise makes the rest wait, exactly as the drain loop would.
   */
  #handleSystemFrameNow(item: QueuedFrame): void {
    const { frame } = item;
    if (!this.#startParams && frame.type !== 'error' && frame.type !== 'end-task-request') {
      this.#inbox.systemHandled(item.seq);
      return; // nothing runs before the start frame
    }
    if (this.passThrough?.has(frame.type)) {
      this.#inbox.systemHandled(item.seq);
      this.push(frame, item.direction);
      return;
    }
    this.#systemRunning = true;
    const pending = this.#invokeNow(item, this.#lifetimeController.signal);
    if (pending) {
      void pending.then(() => {
        this.#inbox.systemHandled(item.seq);
        this.#systemRunning = false;
        if (this.#inbox.system.length > 0) void this.#drainSystemQueue();
      });
      return;
    }
    this.#inbox.systemHandled(item.seq);
    this.#systemRunning = false;
    // System frames that arrived while this one was handled (a neighbour answering at once).
    if (this.#inbox.system.length > 0) void this.#drainSystemQueue();
  }

  async #handleSystemFrame(item: QueuedFrame): Promise<void> {
    const { frame } = item;
    switch (frame.type) {
      case 'start':
        this.#startParams = {
          audioInSampleRate: frame.audioInSampleRate,
          audioOutSampleRate: frame.audioOutSampleRate,
          allowInterruptions: frame.allowInterruptions,
          enableMetrics: frame.enableMetrics,
        };
        await this.#invoke(item, this.#lifetimeController.signal, () => this.onStart(frame));
        await this.#invoke(item, this.#lifetimeController.signal);
        this.#kickDataLoop();
        return;
      case 'cancel':
        if (this.#cancelled) return;
        this.#cancelled = true;
        this.#stopped = true;
        this.#inbox.clear();
        this.#loopToken = undefined;
        this.#inbox.wakeWaiters();
        this.#interruptController.abort(new InterruptedError());
        this.#lifetimeController.abort(new InterruptedError());
        await this.#invoke(item, this.#lifetimeController.signal, () => this.onCancel(frame));
        this.push(frame, item.direction);
        return;
      case 'interruption':
        this.#interrupt(item.seq);
        break;
    }
    if (!this.#startParams && frame.type !== 'error' && frame.type !== 'end-task-request') {
      return; // nothing runs before the start frame
    }
    if (this.passThrough?.has(frame.type)) {
      this.push(frame, item.direction);
      return;
    }
    await this.#invoke(item, this.#lifetimeController.signal);
    if (frame.type === 'interruption') this.#kickDataLoop();
  }

  /** Interrupts the work that arrived before the interruption with arrival ordinal `seq`. */
  #interrupt(seq: number): void {
    const keepInFlight = this.#inFlight !== undefined && isUninterruptible(this.#inFlight.frame);
    this.#inbox.dropInterrupted(seq);
    this.#interruptController.abort(new InterruptedError());
    this.#interruptController = new AbortController();
    if (!keepInFlight) {
      this.#generation++;
      this.#inFlight = undefined;
      this.#loopToken = undefined;
      // The data loop restarts only after the interruption has been forwarded, so frames
      // queued after it can never overtake it downstream and be flushed by it.
    }
    try {
      this.onInterruption();
    } catch (err) {
      this.#onProcessingError(err);
    }
  }

  #kickDataLoop(): void {
    if (this.#loopToken || !this.#startParams || this.#stopped || this.#inbox.data.length === 0) return;
    void this.#runDataLoop();
  }

  async #runDataLoop(): Promise<void> {
    const token = {};
    this.#loopToken = token;
    const queue = this.#inbox.data;
    for (;;) {
      const head = queue.peek();
      if (!head) break;
      if (this.#inbox.mustWait(head)) {
        await this.#inbox.untilSystemHandled();
        if (this.#loopToken !== token) return;
        continue;
      }
      const item = queue.shift()!;
      this.#inFlight = item;
      const signal = isUninterruptible(item.frame)
        ? this.#lifetimeController.signal
        : this.#interruptController.signal;
      if (item.frame.type === 'end') {
        const end = item.frame;
        await this.#invoke(item, signal, () => this.onStop(end));
        if (this.#loopToken !== token) return;
        await this.#invoke(item, signal);
        this.#stopped = true;
        this.#lifetimeController.abort(new InterruptedError());
      } else {
        await this.#invoke(item, signal);
      }
      if (this.#loopToken !== token) return; // abandoned by an interruption; a new loop owns the queue
      this.#inFlight = undefined;
    }
    this.#loopToken = undefined;
  }

  /** Runs `work` (default: process the frame) in an invocation context, turning errors into error frames. */
  async #invoke(item: QueuedFrame, signal: AbortSignal, work?: () => void | Promise<void>): Promise<void> {
    await this.#invokeNow(item, signal, work);
  }

  /** `#invoke` that returns a promise only when the work is asynchronous. */
  #invokeNow(
    item: QueuedFrame,
    signal: AbortSignal,
    work?: () => void | Promise<void>,
  ): Promise<void> | undefined {
    const abandonable = !isSystemFrame(item.frame) && !isUninterruptible(item.frame);
    // System frames run on the lifetime signal, never abandoned: one context, made once.
    const ctx: Invocation =
      !abandonable && signal === this.#lifetimeInvocation.signal
        ? this.#lifetimeInvocation
        : { owner: this, generation: abandonable ? this.#generation : undefined, signal };
    let result: void | Promise<void>;
    try {
      if (work) result = runInInvocation(ctx, work, undefined);
      else if (ctx === this.#lifetimeInvocation && this.synchronousTypes?.has(item.frame.type))
        result = runAtOnce(ctx, this.#processItem, item);
      else result = runInInvocation(ctx, this.#processItem, item);
    } catch (err) {
      this.#failed(err, signal);
      return undefined;
    }
    if (result instanceof Promise) {
      return result.then(
        () => {
          if (!work) this.#consecutiveErrors = 0;
        },
        (err: unknown) => this.#failed(err, signal),
      );
    }
    if (!work) this.#consecutiveErrors = 0;
    return undefined;
  }

  /** The default work of an invocation: process the frame (an arrow made once, not per frame). */
  readonly #processItem = (item: QueuedFrame): void | Promise<void> => {
    if (this.#unusable && !isLifecycle(item.frame)) {
      this.push(item.frame, item.direction);
      return;
    }
    return this.process(item.frame, item.direction);
  };

  #failed(err: unknown, signal: AbortSignal): void {
    if (isAbortError(err) && signal.aborted) return; // interrupted or cancelled work: expected
    this.#onProcessingError(err);
  }

  #onProcessingError(err: unknown): void {
    this.#consecutiveErrors++;
    this.pushError(err, false);
    if (this.#consecutiveErrors >= this.#maxConsecutiveErrors) this.markUnusable(err);
  }
}

/** `passThrough` for the stages that have no use for the shopper's audio. */
export const INPUT_AUDIO_ONLY: ReadonlySet<FrameType> = new Set<FrameType>(['input-audio']);

/** System frames with work of their own in #handleSystemFrame: always through the queue. */
const LIFECYCLE_SYSTEM: ReadonlySet<FrameType> = new Set<FrameType>(['start', 'cancel', 'interruption']);

function isLifecycle(frame: Frame): boolean {
  return frame.type === 'start' || frame.type === 'end' || frame.type === 'cancel';
}
