/**
 * The streams of one decoder worker: each stream is pinned to one decoder (group) for its life,
 * feeds it audio utterance by utterance, and reports partials, progress and finals. Cancellation
 * arrives through shared memory so a cancelled utterance is dropped without a round trip.
 */
import { allOf, type Decoder, DecoderStore } from './decoders.ts';
import type { PocketsphinxLib } from './ffi.ts';
import { type FinalReading, readFinal } from './final-reading.ts';
import { CANCEL_SLOT, type FromWorker, type ToWorker } from './protocol.ts';
import {
  bestWarp,
  decideSessionAdaptation,
  decideSessionWarp,
  fedDecoders,
  newAdaptationTrial,
  newTrial,
  type StreamWarps,
} from './stream-warps.ts';

export interface WorkerStreamOptions {
  partialEverySamples: number;
  maxIdleDecoders: number;
  /** Decoded samples between progress reports of an utterance without new partials; 0 = never. */
  progressEverySamples: number;
}

interface StreamState extends StreamWarps {
  cancel: Int32Array;
  utt: number;
  inUtt: boolean;
  samples: number;
  sincePartial: number;
  /** Samples decoded since the last message sent for this utterance (partial or progress). */
  sinceMessage: number;
  lastPartial: string;
  decodeMs: number;
  /** CPU time of the latest audio chunk: with finalize, what a turn's end costs. */
  lastChunkCpuMs: number;
}

export class WorkerStreams {
  readonly #lib: PocketsphinxLib;
  readonly #opts: WorkerStreamOptions;
  readonly #send: (msg: FromWorker) => void;
  readonly #decoders: DecoderStore;
  readonly #streams = new Map<number, StreamState>();

  constructor(lib: PocketsphinxLib, opts: WorkerStreamOptions, send: (msg: FromWorker) => void) {
    this.#lib = lib;
    this.#opts = opts;
    this.#send = send;
    this.#decoders = new DecoderStore(lib, opts.maxIdleDecoders);
  }

  open(msg: Extract<ToWorker, { op: 'open' }>): void {
    const t0 = performance.now();
    const { decoder, reused } = this.#decoders.acquire(msg.spec);
    this.#streams.set(msg.streamId, {
      decoder,
      cancel: new Int32Array(msg.cancel),
      utt: 0,
      inUtt: false,
      samples: 0,
      sincePartial: 0,
      sinceMessage: 0,
      lastPartial: '',
      decodeMs: 0,
      lastChunkCpuMs: 0,
      // A new session: a reused decoder's warp and model choice belonged to the previous speaker.
      warps: new Map(),
      trial: newTrial(decoder),
      adaptationTrial: newAdaptationTrial(decoder),
    });
    this.#send({ op: 'opened', streamId: msg.streamId, initMs: performance.now() - t0, reused });
  }

  close(streamId: number): void {
    const s = this.#streams.get(streamId);
    if (!s) return;
    this.#streams.delete(streamId);
    if (s.inUtt) this.#endUtt(s);
    this.#decoders.release(s.decoder);
  }

  /** Feeds a chunk of the utterance `utt` (starting it, ending an older open one first). */
  audio(streamId: number, utt: number, pcm: Int16Array): void {
    const s = this.#streams.get(streamId);
    if (!s || this.#cancelled(s, utt)) return;
    const lib = this.#lib;
    this.#beginUtt(s, utt);
    const t0 = performance.now();
    const cpu0 = process.threadCpuUsage();
    for (const x of fedDecoders(s)) lib.psProcessRaw(x.ps, pcm, pcm.length, 0, 0);
    s.trial?.add(pcm);
    const cpu = process.threadCpuUsage(cpu0);
    s.lastChunkCpuMs = (cpu.user + cpu.system) / 1000;
    s.decodeMs += performance.now() - t0;
    s.samples += pcm.length;
    s.sincePartial += pcm.length;
    s.sinceMessage += pcm.length;
    if (s.sincePartial >= this.#opts.partialEverySamples) {
      s.sincePartial = 0;
      // Interims follow the decoder whose text the final will most likely be (the catalog one).
      const text = lib.psGetHyp((s.decoder.shadow ?? s.decoder).ps, [0]) ?? '';
      if (text && text !== s.lastPartial) {
        s.lastPartial = text;
        s.sinceMessage = 0;
        this.#send({ op: 'partial', streamId, utt, text });
      }
    }
    if (this.#opts.progressEverySamples > 0 && s.sinceMessage >= this.#opts.progressEverySamples) {
      s.sinceMessage = 0;
      this.#send({ op: 'progress', streamId, utt });
    }
  }

  /** The current hypothesis of an open utterance, sent even when unchanged (the caller waits for it). */
  hyp(streamId: number, utt: number): void {
    const s = this.#streams.get(streamId);
    if (!s || this.#cancelled(s, utt) || !s.inUtt || s.utt !== utt) return;
    const text = this.#lib.psGetHyp((s.decoder.shadow ?? s.decoder).ps, [0]) ?? '';
    s.lastPartial = text;
    this.#send({ op: 'partial', streamId, utt, text, settled: true });
  }

  /** Ends the utterance and sends its final (an empty one when it never started). */
  finalize(streamId: number, utt: number): void {
    const s = this.#streams.get(streamId);
    if (!s) return;
    if (this.#cancelled(s, utt)) {
      if (s.inUtt) this.#endUtt(s);
      s.inUtt = false;
      return;
    }
    let result: FinalReading = { text: '', score: 0, warp: s.decoder.warp, adapted: s.decoder.adapted };
    const decoders = fedDecoders(s).length;
    const t0 = performance.now();
    const cpu0 = process.threadCpuUsage();
    if (s.inUtt && s.utt === utt) result = this.#finish(s);
    const cpu = process.threadCpuUsage(cpu0);
    s.decodeMs += performance.now() - t0;
    s.inUtt = false;
    this.#send({
      op: 'final',
      streamId,
      utt,
      ...result,
      audioMs: (s.samples / 16_000) * 1000,
      decodeMs: s.decodeMs,
      finalCpuMs: (cpu.user + cpu.system) / 1000,
      lastChunkCpuMs: s.lastChunkCpuMs,
      decoders,
    });
  }

  #cancelled(s: StreamState, utt: number): boolean {
    return utt <= Atomics.load(s.cancel, CANCEL_SLOT);
  }

  #beginUtt(s: StreamState, utt: number): void {
    if (s.inUtt && s.utt === utt) return;
    if (s.inUtt) this.#endUtt(s);
    for (const x of fedDecoders(s)) this.#lib.psStartUtt(x.ps);
    s.inUtt = true;
    s.utt = utt;
    s.samples = 0;
    s.sincePartial = 0;
    s.sinceMessage = 0;
    s.lastPartial = '';
    s.decodeMs = 0;
    s.lastChunkCpuMs = 0;
  }

  #endUtt(s: StreamState): void {
    for (const x of fedDecoders(s)) this.#lib.psEndUtt(x.ps);
  }

  /** Ends the utterance on the decoder (and its shadow) and picks the transcript. */
  #finish(s: StreamState): FinalReading {
    this.#endUtt(s);
    const outer = s.decoder;
    // Each decoder reports through its session's warp or, before that is chosen, this utterance's
    // best-scoring warp (itself when it has no warped twins).
    // The model trial decides first, so both searches of an utterance report the same model.
    const model = decideSessionAdaptation(this.#lib, s);
    const readingOf = (g: Decoder) =>
      s.warps.get(g) ??
      (model !== undefined && g.spec.adaptation ? allOf(g)[model] : undefined) ??
      bestWarp(this.#lib, g);
    const d: Decoder = {
      ...readingOf(outer),
      ...(outer.shadow ? { shadow: readingOf(outer.shadow) } : {}),
    };
    decideSessionWarp(s);
    return readFinal(this.#lib, d);
  }
}
