/**
 * The bot's outbound audio: PCM written by the output transport is cut into 20 ms frames,
 * Opus-encoded and handed out as RTP payloads from a drift-corrected 20 ms timer on the
 * injectable clock, with our own sequence numbers and timestamps (werift has no pacer and
 * rewrites only SSRC and payload type). When no bot audio is queued it sends silence, so the
 * browser's jitter buffer keeps a steady stream and never sees a gap at the start of speech.
 */
import type { Clock, TimerHandle } from '../../pipeline/index.ts';
import type { OpusCodec } from './opus.ts';

export const FRAME_MS = 20;
/** Opus RTP always counts at 48 kHz whatever the encoder rate (RFC 7587). */
const RTP_TICKS_PER_FRAME = 960;
/** Falling further behind than this restarts the schedule instead of bursting to catch up. */
const MAX_BURST_FRAMES = 5;
/** After this many silent frames, reuse one encoded silence packet (saves the encode CPU). */
const FRESH_SILENCE_FRAMES = 10;

export interface RtpOut {
  payload: Uint8Array;
  sequenceNumber: number;
  timestamp: number;
  /** Set on the first packet of a talk spurt (RFC 3551). */
  marker: boolean;
}

export interface OpusSenderStats {
  framesSent: number;
  speechFrames: number;
  silenceFrames: number;
  /** Frames skipped because the timer fell too far behind. */
  resyncs: number;
  encodeMicros: number;
}

export class OpusSender {
  readonly frameSamples: number;
  readonly stats: OpusSenderStats = {
    framesSent: 0,
    speechFrames: 0,
    silenceFrames: 0,
    resyncs: 0,
    encodeMicros: 0,
  };
  readonly #codec: OpusCodec;
  readonly #clock: Clock;
  readonly #send: (packet: RtpOut) => void;
  #pending: Int16Array[] = [];
  #pendingSamples = 0;
  #head = 0;
  #seq: number;
  #ts: number;
  #t0 = 0;
  #frameIndex = 0;
  #timer: TimerHandle | undefined;
  #silentRun = 0;
  #silencePacket: Uint8Array | undefined;
  #running = false;
  #drainWaiters: (() => void)[] = [];

  constructor(opts: {
    codec: OpusCodec;
    clock: Clock;
    send: (packet: RtpOut) => void;
    random?: () => number;
  }) {
    this.#codec = opts.codec;
    this.#clock = opts.clock;
    this.#send = opts.send;
    this.frameSamples = (opts.codec.sampleRate * FRAME_MS) / 1000;
    const random = opts.random ?? Math.random;
    this.#seq = Math.floor(random() * 0x10000);
    this.#ts = Math.floor(random() * 0x100000000);
  }

  /** Samples queued and not yet sent, at the encoder rate. */
  get queuedSamples(): number {
    return this.#pendingSamples;
  }

  get running(): boolean {
    return this.#running;
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#t0 = this.#clock.now();
    this.#frameIndex = 0;
    this.#tick();
  }

  stop(): void {
    this.#running = false;
    this.#timer?.cancel();
    this.#timer = undefined;
    this.#wakeDrainWaiters();
  }

  /**
   * Resolves once everything queued so far has been sent (at once when nothing is queued or the
   * sender is not running, since then nothing will be sent). The output transport says the bot
   * stopped speaking only after this: its own schedule and this timer are separate, and under
   * load the last frames can still be waiting here when its schedule says they played.
   */
  whenDrained(): Promise<void> {
    if (this.#pendingSamples === 0 || !this.#running) return Promise.resolve();
    return new Promise((resolve) => this.#drainWaiters.push(resolve));
  }

  /** Queues mono PCM16 at the encoder rate. */
  write(pcm: Int16Array): void {
    if (pcm.length === 0) return;
    this.#pending.push(pcm);
    this.#pendingSamples += pcm.length;
  }

  /** Barge-in: drops everything not yet sent. */
  clear(): void {
    this.#pending = [];
    this.#pendingSamples = 0;
    this.#head = 0;
    this.#wakeDrainWaiters();
  }

  #wakeDrainWaiters(): void {
    const waiters = this.#drainWaiters;
    this.#drainWaiters = [];
    for (const w of waiters) w();
  }

  #tick(): void {
    if (!this.#running) return;
    const now = this.#clock.now();
    let due = Math.floor((now - this.#t0) / FRAME_MS) + 1;
    if (due - this.#frameIndex > MAX_BURST_FRAMES) {
      // The event loop stalled: skip ahead (a gap the jitter buffer conceals) rather than burst.
      const skipped = due - 1 - this.#frameIndex;
      this.stats.resyncs++;
      this.#frameIndex = due - 1;
      this.#ts = (this.#ts + RTP_TICKS_PER_FRAME * skipped) >>> 0;
    }
    for (; this.#frameIndex < due; this.#frameIndex++) this.#sendFrame();
    if (this.#pendingSamples === 0 && this.#drainWaiters.length > 0) this.#wakeDrainWaiters();
    due = this.#frameIndex;
    const wait = Math.max(1, this.#t0 + due * FRAME_MS - this.#clock.now());
    this.#timer = this.#clock.setTimer(() => this.#tick(), wait);
  }

  #sendFrame(): void {
    const frame = this.#takeFrame();
    let payload: Uint8Array;
    let marker = false;
    const t = performance.now();
    if (frame) {
      marker = this.#silentRun > 0;
      this.#silentRun = 0;
      payload = this.#codec.encode(frame);
      this.stats.speechFrames++;
    } else {
      this.#silentRun++;
      if (this.#silentRun > FRESH_SILENCE_FRAMES && this.#silencePacket) {
        payload = this.#silencePacket;
      } else {
        payload = this.#codec.encode(new Int16Array(this.frameSamples));
        if (this.#silentRun === FRESH_SILENCE_FRAMES) this.#silencePacket = payload;
      }
      this.stats.silenceFrames++;
    }
    this.stats.encodeMicros += (performance.now() - t) * 1000;
    this.#send({ payload, sequenceNumber: this.#seq, timestamp: this.#ts, marker });
    this.stats.framesSent++;
    this.#seq = (this.#seq + 1) & 0xffff;
    this.#ts = (this.#ts + RTP_TICKS_PER_FRAME) >>> 0;
  }

  /** One frame of queued audio (the last partial one padded with silence), or undefined. */
  #takeFrame(): Int16Array | undefined {
    if (this.#pendingSamples === 0) return undefined;
    const out = new Int16Array(this.frameSamples);
    let filled = 0;
    while (filled < out.length && this.#pending.length > 0) {
      const first = this.#pending[0]!;
      const take = Math.min(out.length - filled, first.length - this.#head);
      out.set(first.subarray(this.#head, this.#head + take), filled);
      filled += take;
      this.#head += take;
      if (this.#head >= first.length) {
        this.#pending.shift();
        this.#head = 0;
      }
    }
    this.#pendingSamples -= filled;
    return out;
  }
}
