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

/** What a processor aborts its signals with (interruption, cancel, end); named like DOMException's so `isAbortError` knows it. */
export class InterruptedError extends Error {
  override name = 'AbortError';
  constructor() {
    super('interrupted');
  }
}
