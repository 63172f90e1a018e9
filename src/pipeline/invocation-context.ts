/**
 * Which processor's work is running now, carried across awaits with AsyncLocalStorage: how a
 * processor tells output of work an interruption abandoned (discarded) from current output,
 * and which signal a subclass's `this.signal` means inside that work.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface Invocation {
  /** The processor whose work this is (compared by identity only). */
  owner: object;
  /** Generation of interruptible data work; undefined for work an interruption never abandons. */
  generation: number | undefined;
  signal: AbortSignal;
}

const invocation = new AsyncLocalStorage<Invocation>();

/** The invocation the calling code runs in, if any. */
export function currentInvocation(): Invocation | undefined {
  return invocation.getStore();
}

/** Runs `work` inside `ctx`, returning what it returns (a promise keeps the context across awaits). */
export function runInInvocation<R>(ctx: Invocation, work: () => R): R {
  return invocation.run(ctx, work);
}
