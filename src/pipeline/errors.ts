/** Error helpers shared by the framework. */

export function toError(value: unknown): Error {
  if (value instanceof Error) return value;
  return new Error(typeof value === 'string' ? value : JSON.stringify(value));
}

/** True for the errors an aborted operation rejects with (DOMException or our own). */
export function isAbortError(err: unknown): boolean {
  return (
    typeof err === 'object' &&
    err !== null &&
    'name' in err &&
    ((err as { name: unknown }).name === 'AbortError' || (err as { name: unknown }).name === 'TimeoutError')
  );
}

/** Raised by PipelineTask when the start frame does not reach the end of the pipeline in time. */
export class PipelineStartTimeoutError extends Error {
  override name = 'PipelineStartTimeoutError';
  constructor(ms: number) {
    super(
      `the start frame did not reach the end of the pipeline within ${ms} ms: a processor is not forwarding it, or its onStart() hangs`,
    );
  }
}

/**
 * What a processor aborts its signals with (interruption, cancel, end); named like DOMException's
 * so `isAbortError` knows it. Made without a stack trace: every processor of a session makes one
 * at each barge-in and at each turn's start, the trace says nothing about an abort, and
 * capturing it was ~0.7 % of the main thread at 200 sessions.
 */
export class InterruptedError extends Error {
  override name = 'AbortError';
  constructor() {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      super('interrupted');
    } finally {
      Error.stackTraceLimit = limit;
    }
  }
}
