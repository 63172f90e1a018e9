/**
 * Output side of every transport: turns output-audio frames into paced real-time chunks at the
 * client's rate, keeps every other downstream data frame in order with the audio around it,
 * and owns barge-in on the way out.
 *
 * Pacing (Pipecat's base_output semantics): one chunk per chunk duration on the injectable
 * monotonic clock, scheduled by the PCM duration actually sent — never by bytes or by how fast
 * frames arrive (pipecat#5592: a resampler returning 0 bytes skipped the sleep and drained 3.5×
 * too fast). The schedule follows the client's player: `#playoutEnd` is when it will have played
 * everything sent, and a chunk goes out `leadMs` before the player needs it. The lead is what a
 * late send (a busy event loop, a GC pause) may cost before the shopper hears a hole; it is also
 * what the client still plays after a barge-in, since the Pipecat web player is never flushed by
 * the server (a lead of one chunk: cut within two chunks instead of one). When the player has run
 * dry the schedule restarts from now instead of bursting to catch up.
 *
 * Played-text tracking: a tts-text frame opens a segment; the audio after it belongs to it. The
 * segment starts when its tts-text reaches the head of the queue (bot-segment-started, and the
 * tts-text is forwarded then: playback-timed) and ends at the next segment, tts-stopped, end, a
 * silence gap, or an interruption (bot-spoken-text, with the spoken prefix when cut).
 *
 * Cutting audio into chunks is output-chunker.ts's job, what a segment said played-text.ts's;
 * this class orders, paces and sends.
 */
import {
  type Direction,
  type Frame,
  FrameProcessor,
  type FrameProcessorOptions,
  INPUT_AUDIO_ONLY,
  isSystemFrame,
  type TimerHandle,
} from '../pipeline/index.ts';
import { OutputChunker } from './output-chunker.ts';
import { newSegment, type Segment, TurnSpokenText } from './played-text.ts';

export interface OutputTransportOptions extends FrameProcessorOptions {
  /** The client's playback rate (24000 for the Pipecat web player, 8000 for Twilio). */
  sampleRate: number;
  /** Chunk duration in ms (default 40, Pipecat's audio_out_10ms_chunks=4). */
  chunkMs?: number;
  /** Bot counts as stopped after the queue stayed empty this long without tts-stopped. */
  silenceStopMs?: number;
  /** How far ahead of the client's playback audio is sent (default 0: exactly real time). */
  leadMs?: number;
}

type QueueItem =
  | { kind: 'audio'; samples: Int16Array; segment: Segment | undefined }
  | { kind: 'segment'; segment: Segment; frame: Frame }
  | { kind: 'frame'; frame: Frame }
  | { kind: 'stop'; frame: Frame | undefined };

export abstract class BaseOutputTransport extends FrameProcessor {
  /** The shopper's audio reaches the end of the pipeline; nothing here looks at it. */
  protected override readonly passThrough = INPUT_AUDIO_ONLY;
  readonly sampleRate: number;
  readonly chunkMs: number;
  readonly chunkSamples: number;
  readonly #silenceStopMs: number;
  readonly #leadMs: number;

  #queue: QueueItem[] = [];
  #pumpToken: object | undefined;
  #pumpAbort = new AbortController();
  #idleWaiters: (() => void)[] = [];
  #silenceTimer: TimerHandle | undefined;

  readonly #chunker: OutputChunker;
  /** Segment that audio being enqueued belongs to. */
  #enqueueSegment: Segment | undefined;
  /** Segment whose audio is being sent. */
  #playing: Segment | undefined;
  /** Segment dequeued but waiting for its first chunk's send time. */
  #nextSegment: { segment: Segment; frame: Frame } | undefined;

  /** When the client's player will have played every chunk sent so far (undefined: idle). */
  #playoutEnd: number | undefined;
  #speaking = false;
  readonly #turn = new TurnSpokenText();
  /** The bot-speaking period under way, reported as output metrics when it ends. */
  #period = { startedAt: 0, chunks: 0, late: [] as number[], starved: [] as number[] };
  #closed = false;
  /** Chunks written, for tests and metrics. */
  chunksSent = 0;

  constructor(opts: OutputTransportOptions) {
    super(opts);
    this.sampleRate = opts.sampleRate;
    this.chunkMs = opts.chunkMs ?? 40;
    this.chunkSamples = Math.round((this.sampleRate * this.chunkMs) / 1000);
    this.#silenceStopMs = opts.silenceStopMs ?? 1500;
    this.#leadMs = opts.leadMs ?? 0;
    this.#chunker = new OutputChunker(this.sampleRate, this.chunkSamples);
  }

  // ── transport hooks ───────────────────────────────────────────────────────

  /** Sends one chunk of mono PCM16 at `sampleRate`. Must not block. */
  protected abstract writeAudio(chunk: Int16Array): void;
  /** Sends a transport message (RTVI for the web, nothing for telephony). */
  protected abstract writeMessage(message: unknown, urgent: boolean): void;
  /** Barge-in: tell the client to drop what it buffered (Twilio `clear`). */
  protected onClearPlayback(): void {}
  /** A segment's last chunk was written (Twilio sends a `mark`). */
  protected onSegmentWritten(_segmentId: number): void {}
  /**
   * Resolves when the audio written so far has left the transport's own buffer, for transports
   * that pace it again themselves (WebRTC's Opus sender). Awaited before bot-stopped-speaking.
   */
  protected whenWrittenOut(): Promise<void> {
    return Promise.resolve();
  }

  /** True between bot-started-speaking and bot-stopped-speaking. */
  get speaking(): boolean {
    return this.#speaking;
  }

  /** Audio queued but not yet sent, in ms at the client rate. */
  get queuedMs(): number {
    let samples = this.#chunker.pendingSamples;
    for (const item of this.#queue) if (item.kind === 'audio') samples += item.samples.length;
    return (samples * 1000) / this.sampleRate;
  }

  // ── frame handling ────────────────────────────────────────────────────────

  protected override process(frame: Frame, direction: Direction): void {
    if (direction === 'upstream') {
      this.push(frame, direction);
      return;
    }
    if (frame.type === 'output-transport-message-urgent') {
      this.writeMessage(frame.message, true);
      return;
    }
    if (isSystemFrame(frame) || frame.type === 'end') {
      this.push(frame, direction);
      return;
    }
    switch (frame.type) {
      case 'output-audio':
        this.#chunker.push(frame.audio, frame.sampleRate, frame.channels, this.#enqueueChunk);
        break;
      case 'tts-text': {
        const segment = newSegment(frame.text);
        this.#enqueueSegment = segment;
        this.#enqueue({ kind: 'segment', segment, frame });
        break;
      }
      case 'tts-stopped':
        this.#enqueueTail();
        this.#enqueue({ kind: 'stop', frame });
        break;
      default:
        this.#enqueue({ kind: 'frame', frame });
    }
  }

  protected override async onStop(): Promise<void> {
    this.#enqueueTail();
    this.#enqueue({ kind: 'stop', frame: undefined });
    await this.#whenIdle();
    this.#closed = true;
    this.#clearSilenceTimer();
  }

  protected override onCancel(): void {
    this.#closed = true;
    this.#resetQueue();
  }

  protected override onInterruption(): void {
    this.#resetQueue();
    if (this.#playing) this.#finishSegment(this.#playing, true);
    this.#playing = undefined;
    this.onClearPlayback();
    this.#setSpeaking(false);
  }

  // ── queueing ──────────────────────────────────────────────────────────────

  /** Queues one chunk as audio of the segment being enqueued (an arrow: handed to the chunker). */
  readonly #enqueueChunk = (samples: Int16Array): void => {
    const segment = this.#enqueueSegment;
    if (segment) segment.totalSamples += samples.length;
    this.#enqueue({ kind: 'audio', samples, segment });
  };

  /** The end of an utterance: resampler tail plus the trailing partial chunk padded with silence. */
  #enqueueTail(): void {
    this.#chunker.flush(this.#enqueueChunk);
    this.#enqueueSegment = undefined;
  }

  #enqueue(item: QueueItem): void {
    if (this.#closed) return;
    this.#clearSilenceTimer();
    this.#queue.push(item);
    if (!this.#pumpToken) void this.#pump();
  }

  #resetQueue(): void {
    this.#queue = [];
    this.#chunker.reset();
    this.#enqueueSegment = undefined;
    this.#nextSegment = undefined;
    this.#playoutEnd = undefined;
    this.#pumpToken = undefined;
    this.#pumpAbort.abort();
    this.#pumpAbort = new AbortController();
    this.#clearSilenceTimer();
    this.#wakeIdleWaiters();
  }

  // ── sending ───────────────────────────────────────────────────────────────

  async #pump(): Promise<void> {
    const token = {};
    this.#pumpToken = token;
    const signal = this.#pumpAbort.signal;
    try {
      for (let item = this.#queue.shift(); item; item = this.#queue.shift()) {
        await this.#handle(item, signal);
        if (this.#pumpToken !== token) return;
      }
    } catch (err) {
      if (signal.aborted) return; // interruption or cancel: the queue was reset for us
      this.pushError(err);
    }
    if (this.#pumpToken !== token) return;
    this.#pumpToken = undefined;
    if (this.#speaking && !this.#closed) this.#armSilenceTimer();
    this.#wakeIdleWaiters();
  }

  async #handle(item: QueueItem, signal: AbortSignal): Promise<void> {
    switch (item.kind) {
      case 'audio':
        if ((await this.#sendChunk(item.samples, signal)) && item.segment) {
          item.segment.sentSamples += item.samples.length;
        }
        return;
      case 'segment':
        // Starts with its first chunk (playback-timed); a segment without audio starts here.
        if (this.#nextSegment) this.#startSegment();
        this.#nextSegment = item;
        return;
      case 'stop':
        // Let the last chunk play out before saying the bot stopped.
        await this.#waitPlayout(signal);
        if (this.#nextSegment) this.#startSegment();
        if (this.#playing) this.#finishSegment(this.#playing, false);
        this.#playing = undefined;
        this.#setSpeaking(false);
        if (item.frame) this.push(item.frame, 'downstream');
        return;
      case 'frame':
        if (item.frame.type === 'output-transport-message') {
          this.writeMessage(item.frame.message, false);
          return;
        }
        this.push(item.frame, 'downstream');
        return;
    }
  }

  async #sendChunk(samples: Int16Array, signal: AbortSignal): Promise<boolean> {
    const now = this.clock.now();
    // When the player runs dry without this chunk (undefined: nothing playing).
    const dryAt = this.#playoutEnd;
    let cause: 'late' | 'starved' = 'starved';
    // Without a lead, a send up to one chunk late keeps the schedule (the legacy tolerance);
    // with a lead of a chunk or more, only a player that has run dry restarts it.
    const slack = Math.max(0, this.chunkMs - this.#leadMs);
    if (this.#playoutEnd === undefined || now > this.#playoutEnd + slack) {
      this.#playoutEnd = now; // first chunk, or the player ran dry: restart, never burst to catch up
    }
    const wait = this.#playoutEnd - this.#leadMs - now;
    if (wait > 0) {
      await this.clock.sleep(wait, signal);
      if (signal.aborted) return false;
      cause = 'late';
      // Woken late enough that the player ran dry: the same restart, or a burst would follow.
      const woke = this.clock.now();
      if (woke > this.#playoutEnd + slack) this.#playoutEnd = woke;
    }
    if (this.#nextSegment) this.#startSegment();
    const sentAt = this.clock.now();
    if (this.#speaking && dryAt !== undefined && sentAt > dryAt) this.#period[cause].push(sentAt - dryAt);
    this.#setSpeaking(true);
    this.writeAudio(samples);
    this.chunksSent++;
    this.#period.chunks++;
    this.#playoutEnd += (samples.length * 1000) / this.sampleRate;
    return true;
  }

  async #waitPlayout(signal: AbortSignal): Promise<void> {
    if (this.#playoutEnd === undefined) return;
    const wait = this.#playoutEnd - this.clock.now();
    if (wait > 0) await this.clock.sleep(wait, signal);
    if (signal.aborted) return;
    // An interruption or cancel resets the queue (and aborts): stop waiting then too.
    await new Promise<void>((resolve) => {
      const done = () => {
        signal.removeEventListener('abort', done);
        resolve();
      };
      signal.addEventListener('abort', done, { once: true });
      this.whenWrittenOut().then(done, done);
    });
  }

  // ── state ─────────────────────────────────────────────────────────────────

  #startSegment(): void {
    const next = this.#nextSegment!;
    this.#nextSegment = undefined;
    if (this.#playing) this.#finishSegment(this.#playing, false);
    this.#playing = next.segment;
    this.#pushBoth(
      this.createFrame('bot-segment-started', { segmentId: next.segment.id, text: next.segment.text }),
    );
    this.push(next.frame, 'downstream');
  }

  #finishSegment(segment: Segment, interrupted: boolean): void {
    const payload = this.#turn.finish(segment, interrupted, this.sampleRate);
    if (!interrupted) this.onSegmentWritten(segment.id);
    this.#pushBoth(this.createFrame('bot-spoken-text', payload));
  }

  #setSpeaking(speaking: boolean): void {
    if (this.#speaking === speaking) return;
    this.#speaking = speaking;
    if (!speaking) {
      this.#playoutEnd = undefined;
      this.#reportPeriod();
    } else {
      this.#turn.restart();
      this.#period = { startedAt: this.clock.now(), chunks: 0, late: [], starved: [] };
    }
    this.#pushBoth(this.createFrame(speaking ? 'bot-started-speaking' : 'bot-stopped-speaking', {}));
  }

  #reportPeriod(): void {
    const p = this.#period;
    this.metrics.report({
      kind: 'output',
      processor: this.name,
      speakingMs: this.clock.now() - p.startedAt,
      chunks: p.chunks,
      lateMs: p.late,
      starvedMs: p.starved,
    });
  }

  #pushBoth(frame: Frame): void {
    this.push(frame, 'downstream');
    this.push(frame, 'upstream');
  }

  #armSilenceTimer(): void {
    this.#clearSilenceTimer();
    this.#silenceTimer = this.clock.setTimer(() => {
      this.#silenceTimer = undefined;
      if (this.#closed || this.#queue.length > 0) return;
      this.#enqueueTail();
      this.#enqueue({ kind: 'stop', frame: undefined });
    }, this.#silenceStopMs);
  }

  #clearSilenceTimer(): void {
    this.#silenceTimer?.cancel();
    this.#silenceTimer = undefined;
  }

  #whenIdle(): Promise<void> {
    if (!this.#pumpToken && this.#queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  #wakeIdleWaiters(): void {
    const waiters = this.#idleWaiters;
    this.#idleWaiters = [];
    for (const w of waiters) w();
  }
}
