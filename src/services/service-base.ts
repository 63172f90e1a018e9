/**
 * Shared base for every STT / LLM / TTS provider. It owns timeouts and retries (LiveKit's
 * lesson: adapters implement only the engine call, and no provider stacks its own retry loop
 * on top), so a new provider is one small file. Metrics are not measured here: a service is
 * shared by every session, so the processor wrapping each call or stream measures them and
 * reports them as metrics frames (src/pipeline/metrics.ts).
 */
import { type Clock, systemClock } from '../pipeline/clock.ts';

export type ServiceErrorKind =
  /** The call took longer than `timeoutMs`. */
  | 'timeout'
  /** The caller aborted (interruption, session end). Never retried. */
  | 'aborted'
  /** Connection reset, DNS, socket closed: the request may not have reached the provider. */
  | 'network'
  /** HTTP 429 or a provider quota. */
  | 'rate-limit'
  /** Bad or missing credentials (401/403). Fix the configuration. */
  | 'auth'
  /** The provider rejected the input (400/422). Retrying will not help. */
  | 'bad-request'
  /** Provider overloaded or down (5xx). */
  | 'unavailable'
  /** A local engine or the worker running it failed (crash, decoder error). */
  | 'engine'
  /** A required system package, library or model file is missing. */
  | 'missing-dependency'
  /** Invalid configuration. */
  | 'config'
  | 'internal';

const RETRYABLE_BY_DEFAULT: ReadonlySet<ServiceErrorKind> = new Set([
  'timeout',
  'network',
  'rate-limit',
  'unavailable',
]);

export interface ServiceErrorOptions {
  kind: ServiceErrorKind;
  provider: string;
  /** Defaults by kind: timeout, network, rate-limit and unavailable are retryable. */
  retryable?: boolean;
  cause?: unknown;
  /** HTTP status when the error came from an HTTP API. */
  status?: number;
}

/** A typed provider failure. `message` should tell the operator what to do about it. */
export class ServiceError extends Error {
  override readonly name = 'ServiceError';
  readonly kind: ServiceErrorKind;
  readonly provider: string;
  readonly retryable: boolean;
  readonly status: number | undefined;

  constructor(message: string, opts: ServiceErrorOptions) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.kind = opts.kind;
    this.provider = opts.provider;
    this.retryable = opts.retryable ?? RETRYABLE_BY_DEFAULT.has(opts.kind);
    this.status = opts.status;
  }

  /** Maps an HTTP status to the right kind (408/429/5xx retryable, other 4xx not). */
  static fromHttpStatus(provider: string, status: number, detail = ''): ServiceError {
    const suffix = detail ? `: ${detail}` : '';
    if (status === 401 || status === 403) {
      return new ServiceError(
        `${provider} rejected the credentials (HTTP ${status}); check its API key${suffix}`,
        {
          kind: 'auth',
          provider,
          status,
        },
      );
    }
    if (status === 429) {
      return new ServiceError(`${provider} rate limit or quota reached (HTTP 429)${suffix}`, {
        kind: 'rate-limit',
        provider,
        status,
      });
    }
    if (status === 408) {
      return new ServiceError(`${provider} timed out (HTTP 408)${suffix}`, {
        kind: 'timeout',
        provider,
        status,
      });
    }
    if (status >= 500) {
      return new ServiceError(`${provider} is unavailable (HTTP ${status})${suffix}`, {
        kind: 'unavailable',
        provider,
        status,
      });
    }
    return new ServiceError(`${provider} rejected the request (HTTP ${status})${suffix}`, {
      kind: 'bad-request',
      provider,
      status,
    });
  }
}

export function isServiceError(err: unknown): err is ServiceError {
  return err instanceof ServiceError;
}

/** True for a caller abort, whether surfaced as a ServiceError or a DOM AbortError. */
export function isAbortError(err: unknown): boolean {
  if (err instanceof ServiceError) return err.kind === 'aborted';
  return err instanceof Error && err.name === 'AbortError';
}

export interface ServiceOptions {
  /** Retries after the first attempt (0 = try once). Only retryable errors are retried. */
  maxRetries: number;
  /** Delay before the first retry; doubles each retry (capped at 8×). */
  retryIntervalMs: number;
  /** Per-attempt timeout. */
  timeoutMs: number;
}

export const DEFAULT_SERVICE_OPTIONS: Readonly<ServiceOptions> = Object.freeze({
  maxRetries: 2,
  retryIntervalMs: 500,
  timeoutMs: 10_000,
});

export interface ServiceBaseInit {
  provider: string;
  model: string;
  options?: Partial<ServiceOptions>;
  clock?: Clock;
}

/** Handed to each attempt. */
export interface RunContext {
  /** 0 for the first attempt, then 1, 2… for retries. */
  attempt: number;
}

const MAX_BACKOFF_FACTOR = 8;

export class ServiceBase {
  readonly provider: string;
  readonly model: string;
  protected readonly options: Readonly<ServiceOptions>;
  protected readonly clock: Clock;

  constructor(init: ServiceBaseInit) {
    this.provider = init.provider;
    this.model = init.model;
    this.options = { ...DEFAULT_SERVICE_OPTIONS, ...init.options };
    this.clock = init.clock ?? systemClock;
  }

  /**
   * Runs `fn` with a per-attempt timeout combined with the caller's signal, retrying
   * retryable failures with exponential backoff on the clock.
   */
  protected async run<T>(
    fn: (signal: AbortSignal, ctx: RunContext) => Promise<T>,
    signal?: AbortSignal,
  ): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      this.#throwIfAborted(signal);
      try {
        return await this.#attempt(fn, { attempt }, signal);
      } catch (err) {
        const error = this.#toServiceError(err, signal);
        if (!error.retryable || attempt >= this.options.maxRetries) throw error;
        const factor = Math.min(2 ** attempt, MAX_BACKOFF_FACTOR);
        try {
          await this.clock.sleep(this.options.retryIntervalMs * factor, signal);
        } catch (sleepErr) {
          throw this.#toServiceError(sleepErr, signal);
        }
      }
    }
  }

  async #attempt<T>(
    fn: (signal: AbortSignal, ctx: RunContext) => Promise<T>,
    ctx: RunContext,
    callerSignal: AbortSignal | undefined,
  ): Promise<T> {
    const timeout = new AbortController();
    const timer = this.clock.setTimer(() => {
      timeout.abort(
        new ServiceError(`${this.provider} did not answer within ${this.options.timeoutMs} ms`, {
          kind: 'timeout',
          provider: this.provider,
        }),
      );
    }, this.options.timeoutMs);
    const signal = callerSignal ? AbortSignal.any([callerSignal, timeout.signal]) : timeout.signal;
    // Race against the signal so a provider that ignores it still cannot hang the caller.
    let onAbort: (() => void) | undefined;
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => reject(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
      return await Promise.race([fn(signal, ctx), aborted]);
    } finally {
      timer.cancel();
      if (onAbort) signal.removeEventListener('abort', onAbort);
    }
  }

  #throwIfAborted(signal: AbortSignal | undefined): void {
    if (signal?.aborted) throw this.#abortedError(signal.reason);
  }

  #abortedError(cause: unknown): ServiceError {
    return new ServiceError(`${this.provider} call aborted`, {
      kind: 'aborted',
      provider: this.provider,
      cause,
    });
  }

  #toServiceError(err: unknown, callerSignal: AbortSignal | undefined): ServiceError {
    // The caller's abort wins over whatever the provider threw while being torn down.
    if (callerSignal?.aborted)
      return err instanceof ServiceError && err.kind === 'aborted' ? err : this.#abortedError(err);
    if (err instanceof ServiceError) return err;
    const message = err instanceof Error ? err.message : String(err);
    return new ServiceError(`${this.provider} failed: ${message}`, {
      kind: 'internal',
      provider: this.provider,
      cause: err,
    });
  }
}
