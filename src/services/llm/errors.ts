/**
 * Typed LLM failures. An LlmError is a ServiceError (same kinds, same retryable rule) so the
 * rest of the system handles every provider failure one way; the message tells the operator
 * what to fix.
 */
import { ServiceError, type ServiceErrorOptions } from '../service-base.ts';

export class LlmError extends ServiceError {
  /** True when the model had already produced output before failing (a stream cut off midway). */
  readonly midStream: boolean;

  constructor(message: string, opts: ServiceErrorOptions & { midStream?: boolean }) {
    super(message, opts);
    this.midStream = opts.midStream ?? false;
  }
}

export function isLlmError(err: unknown): err is LlmError {
  return err instanceof LlmError;
}

/** Invalid or incomplete LLM configuration (missing key, unknown provider, bad number). */
export class LlmConfigError extends LlmError {
  constructor(message: string) {
    super(message, { kind: 'config', provider: 'config', retryable: false });
  }
}
