/**
 * Health of one stage's ordered providers (STT_PROVIDER=deepgram,pocketsphinx): which are up,
 * which failed and why, and a background probe per failed provider (exponential backoff on the
 * injectable clock) that brings it back when it answers again. The stage's failover wrapper
 * asks `order()` for whom to try; the composition root listens to switches and health changes
 * for logs, Prometheus and the console. Shared by every session, like the services themselves.
 */
import { type Clock, systemClock, type TimerHandle } from '../pipeline/clock.ts';
import { isAbortError, isServiceError, type ServiceErrorKind } from './service-base.ts';

export type Stage = 'stt' | 'llm' | 'tts';

/** Checks one provider cheaply (a socket upgrade, a tiny call); rejects when it is still down. */
export type HealthProbe = (signal: AbortSignal) => Promise<void>;

export interface ProviderStatus {
  name: string;
  healthy: boolean;
  /** Why it was marked down (the failure's message), while unhealthy. */
  lastError?: string;
  /** Monotonic ms when the current state began. */
  since: number;
  /** Failures since it was last healthy (probes included). */
  failures: number;
}

/** One switch away from a failed provider, as logged, counted and recorded. */
export interface ProviderSwitch {
  stage: Stage;
  from: string;
  /** Undefined when no provider was left to try. */
  to: string | undefined;
  /** The failure that caused it. */
  reason: string;
  kind: ServiceErrorKind | 'unknown';
}

/** A session's own view of switches (its recorder, its console stream). */
export type SwitchListener = (event: ProviderSwitch) => void;

export interface HealthListener {
  /** A provider went down or came back. */
  onChange?(stage: Stage, status: ProviderStatus): void;
  onSwitch?(event: ProviderSwitch): void;
}

export interface ProviderHealthOptions {
  clock?: Clock;
  /** First probe after a failure; doubles per failed probe up to `maxProbeIntervalMs`. */
  probeIntervalMs?: number;
  maxProbeIntervalMs?: number;
  /** Longest one probe may take. */
  probeTimeoutMs?: number;
}

/**
 * Every failure but the caller's abort moves the work on. A refusal (400, 422) or an answer we
 * cannot read included: a provider sending garbage is down for us, and one that refused our
 * input only is back at its next probe, which sends a known-good request.
 */
export function isFailoverError(err: unknown): boolean {
  return !isAbortError(err);
}

export function errorKind(err: unknown): ProviderSwitch['kind'] {
  return isServiceError(err) ? err.kind : 'unknown';
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

interface Entry {
  status: ProviderStatus;
  probe: HealthProbe | undefined;
  timer: TimerHandle | undefined;
  probing: AbortController | undefined;
  nextDelayMs: number;
}

export class ProviderHealth {
  readonly stage: Stage;
  readonly #clock: Clock;
  readonly #entries: Entry[];
  readonly #listeners = new Set<HealthListener>();
  readonly #probeIntervalMs: number;
  readonly #maxProbeIntervalMs: number;
  readonly #probeTimeoutMs: number;
  #closed = false;

  constructor(
    stage: Stage,
    providers: readonly { name: string; probe?: HealthProbe }[],
    opts: ProviderHealthOptions = {},
  ) {
    if (providers.length === 0) throw new Error(`${stage}: a failover list needs at least one provider`);
    this.stage = stage;
    this.#clock = opts.clock ?? systemClock;
    this.#probeIntervalMs = opts.probeIntervalMs ?? 2_000;
    this.#maxProbeIntervalMs = opts.maxProbeIntervalMs ?? 60_000;
    this.#probeTimeoutMs = opts.probeTimeoutMs ?? 5_000;
    const now = this.#clock.now();
    this.#entries = providers.map((p) => ({
      status: { name: p.name, healthy: true, since: now, failures: 0 },
      probe: p.probe,
      timer: undefined,
      probing: undefined,
      nextDelayMs: this.#probeIntervalMs,
    }));
  }

  get names(): string[] {
    return this.#entries.map((e) => e.status.name);
  }

  /** Indexes to try, configured order, healthy first; the unhealthy ones after, as a last resort. */
  order(): number[] {
    const idx = this.#entries.map((_, i) => i);
    return [
      ...idx.filter((i) => this.#at(i).status.healthy),
      ...idx.filter((i) => !this.#at(i).status.healthy),
    ];
  }

  isHealthy(index: number): boolean {
    return this.#at(index).status.healthy;
  }

  /** The first healthy provider (the one new work starts on). */
  preferred(): number {
    return this.order()[0] as number;
  }

  status(): ProviderStatus[] {
    return this.#entries.map((e) => ({ ...e.status }));
  }

  /** True when at least one provider is up. */
  get ready(): boolean {
    return this.#entries.some((e) => e.status.healthy);
  }

  subscribe(listener: HealthListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Marks a provider down after a failure and starts probing it. */
  markFailed(index: number, err: unknown): void {
    const entry = this.#at(index);
    entry.status.failures++;
    entry.status.lastError = errorMessage(err);
    if (!entry.status.healthy) return;
    entry.status.healthy = false;
    entry.status.since = this.#clock.now();
    entry.nextDelayMs = this.#probeIntervalMs;
    this.#emitChange(entry.status);
    this.#scheduleProbe(entry);
  }

  /** A provider answered (real work or a probe): it is up again. */
  markHealthy(index: number): void {
    const entry = this.#at(index);
    if (entry.status.healthy) return;
    entry.timer?.cancel();
    entry.timer = undefined;
    entry.probing?.abort();
    entry.probing = undefined;
    entry.status = { name: entry.status.name, healthy: true, since: this.#clock.now(), failures: 0 };
    this.#emitChange(entry.status);
  }

  /** Reports a switch (from → to, or to nobody) to the listeners; returns it for the caller's own. */
  switched(from: number, to: number | undefined, err: unknown): ProviderSwitch {
    const event: ProviderSwitch = {
      stage: this.stage,
      from: this.#at(from).status.name,
      to: to === undefined ? undefined : this.#at(to).status.name,
      reason: errorMessage(err),
      kind: errorKind(err),
    };
    for (const l of this.#listeners) l.onSwitch?.(event);
    return event;
  }

  close(): void {
    this.#closed = true;
    for (const e of this.#entries) {
      e.timer?.cancel();
      e.probing?.abort();
    }
    this.#listeners.clear();
  }

  #at(index: number): Entry {
    const entry = this.#entries[index];
    if (!entry) throw new RangeError(`${this.stage}: no provider #${index}`);
    return entry;
  }

  #emitChange(status: ProviderStatus): void {
    for (const l of this.#listeners) l.onChange?.(this.stage, { ...status });
  }

  #scheduleProbe(entry: Entry): void {
    // Without a probe the provider comes back only when real work, tried as a last resort, succeeds.
    if (this.#closed || !entry.probe) return;
    const delay = entry.nextDelayMs;
    entry.nextDelayMs = Math.min(delay * 2, this.#maxProbeIntervalMs);
    entry.timer = this.#clock.setTimer(() => {
      entry.timer = undefined;
      void this.#runProbe(entry);
    }, delay);
  }

  async #runProbe(entry: Entry): Promise<void> {
    const probe = entry.probe;
    if (this.#closed || entry.status.healthy || !probe) return;
    const ctl = new AbortController();
    entry.probing = ctl;
    const timer = this.#clock.setTimer(
      () => ctl.abort(new Error(`probe took longer than ${this.#probeTimeoutMs} ms`)),
      this.#probeTimeoutMs,
    );
    try {
      await Promise.race([
        probe(ctl.signal),
        new Promise<never>((_, reject) =>
          ctl.signal.addEventListener('abort', () => reject(ctl.signal.reason), { once: true }),
        ),
      ]);
      if (entry.probing !== ctl) return;
      entry.probing = undefined;
      this.markHealthy(this.#entries.indexOf(entry));
    } catch (err) {
      if (entry.probing !== ctl || this.#closed) return;
      entry.probing = undefined;
      entry.status.failures++;
      entry.status.lastError = errorMessage(err);
      this.#scheduleProbe(entry);
    } finally {
      timer.cancel();
    }
  }
}
