/**
 * Metrics: one typed union, measured per call or per stream by the processor wrapping it (the
 * way LiveKit's STT/LLM/TTS base streams report them), so every provider gets them without
 * code of its own. They travel as `metrics` frames, the one path to RTVI, Prometheus, the debug
 * stream and the conversation recorder. Durations in milliseconds, on the injectable clock.
 */
import type { Clock } from './clock.ts';

interface MetricsBase {
  /** The processor that measured it (`stt:1a2b3c4d`). */
  processor: string;
  model?: string;
}

/** One recognised utterance: the end of the user's turn → its final transcript. */
export interface SttMetrics extends MetricsBase {
  kind: 'stt';
  ttfbMs: number;
}

/** One model call of the tool loop. */
export interface LlmMetrics extends MetricsBase {
  kind: 'llm';
  /** Time to the first token; absent when the call produced none. */
  ttftMs?: number;
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
}

/** One synthesis call (a sentence), reported when its audio is complete. */
export interface TtsMetrics extends MetricsBase {
  kind: 'tts';
  /** On the call that produced a reply's first audio: the reply's first text → that audio. */
  ttfbMs?: number;
  /** The call, from request to its last audio. */
  durationMs: number;
  characters: number;
}

/** Any other processor's timings (`metrics.startTtfb()` / `startProcessing()`). */
export interface TimingMetrics extends MetricsBase {
  kind: 'ttfb' | 'processing';
  valueMs: number;
}

/**
 * One bot-speaking period of an output transport: the silences a client player playing every
 * chunk on arrival would have made mid-reply, by cause. `late`: the chunk was queued but its send
 * ran late (a busy event loop, a GC pause); `starved`: the audio itself reached the transport late
 * (TTS slower than real time, a stalled stage before it).
 */
export interface OutputMetrics extends MetricsBase {
  kind: 'output';
  speakingMs: number;
  chunks: number;
  /** Each silence in ms, in order. */
  lateMs: number[];
  starvedMs: number[];
}

/** Everything a `metrics` frame carries. */
export type MetricsData = SttMetrics | LlmMetrics | TtsMetrics | TimingMetrics | OutputMetrics;

/** One latency of one stage, as Pipecat's RTVI `ttfb`/`processing` and the Prometheus histogram count it. */
export interface StageTiming {
  kind: 'ttfb' | 'processing';
  processor: string;
  model?: string;
  valueMs: number;
}

/** The latencies in a measurement, for every consumer that counts ttfb and processing time. */
export function stageTimings(m: MetricsData): StageTiming[] {
  const base =
    m.model === undefined ? { processor: m.processor } : { processor: m.processor, model: m.model };
  switch (m.kind) {
    case 'stt':
      return [{ kind: 'ttfb', ...base, valueMs: m.ttfbMs }];
    case 'llm':
      return m.ttftMs === undefined ? [] : [{ kind: 'ttfb', ...base, valueMs: m.ttftMs }];
    case 'tts':
      return [
        ...(m.ttfbMs === undefined ? [] : [{ kind: 'ttfb' as const, ...base, valueMs: m.ttfbMs }]),
        { kind: 'processing', ...base, valueMs: m.durationMs },
      ];
    case 'ttfb':
    case 'processing':
      return [{ kind: m.kind, ...base, valueMs: m.valueMs }];
    case 'output':
      return [];
  }
}

export interface MetricsRecorderOptions {
  processor: string;
  model?: string | undefined;
  clock: () => Clock;
  enabled: () => boolean;
  emit: (data: MetricsData[]) => void;
}

export class MetricsRecorder {
  #opts: MetricsRecorderOptions;
  #ttfbStart: number | undefined;
  #processingStart: number | undefined;

  constructor(opts: MetricsRecorderOptions) {
    this.#opts = opts;
  }

  /** Marks the request; the next stopTtfb() reports the delay to the first result. */
  startTtfb(): void {
    this.#ttfbStart = this.#opts.clock().now();
  }

  /** Reports TTFB once per startTtfb(); returns the value in ms (undefined if not started). */
  stopTtfb(): number | undefined {
    if (this.#ttfbStart === undefined) return undefined;
    const valueMs = this.#opts.clock().now() - this.#ttfbStart;
    this.#ttfbStart = undefined;
    this.report({ kind: 'ttfb', processor: this.#opts.processor, model: this.#opts.model, valueMs });
    return valueMs;
  }

  startProcessing(): void {
    this.#processingStart = this.#opts.clock().now();
  }

  stopProcessing(): number | undefined {
    if (this.#processingStart === undefined) return undefined;
    const valueMs = this.#opts.clock().now() - this.#processingStart;
    this.#processingStart = undefined;
    this.report({ kind: 'processing', processor: this.#opts.processor, model: this.#opts.model, valueMs });
    return valueMs;
  }

  /** Drops pending measurements (an interruption makes them meaningless). */
  reset(): void {
    this.#ttfbStart = undefined;
    this.#processingStart = undefined;
  }

  report(...data: MetricsData[]): void {
    if (this.#opts.enabled()) this.#opts.emit(data.map((d) => stripUndefined(d)));
  }
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
