/**
 * Metrics helper for processors and services: time to first byte and processing time,
 * measured on the injectable clock and emitted as metrics frames when the pipeline enables them.
 */
import type { Clock } from './clock.ts';
import type { MetricsData } from './frames.ts';

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
