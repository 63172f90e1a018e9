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

/**
 * The innermost invocation run by `runAtOnce`, while its synchronous call lasts. Microtasks and
 * timers never run inside a synchronous call, so this is always undefined when they start.
 */
let atOnce: Invocation | undefined;

/** The invocation the calling code runs in, if any. */
export function currentInvocation(): Invocation | undefined {
  return atOnce ?? invocation.getStore();
}

/** Runs `work` inside `ctx`, returning what it returns (a promise keeps the context across awaits). */
export function runInInvocation<A, R>(ctx: Invocation, work: (arg: A) => R, arg: A): R {
  const outer = atOnce;
  atOnce = undefined; // the AsyncLocalStorage context is the innermost one now
  try {
    return invocation.run(ctx, work, arg);
  } finally {
    atOnce = outer;
  }
}

/**
 * Runs `work` inside `ctx` for its synchronous call only: no AsyncLocalStorage frame is made,
 * so callbacks and awaits started in it run in the context around the call instead. For work
 * that never awaits and whose callbacks do not depend on the context.
 */
export function runAtOnce<A, R>(ctx: Invocation, work: (arg: A) => R, arg: A): R {
  const outer = atOnce;
  atOnce = ctx;
  try {
    return work(arg);
  } finally {
    atOnce = outer;
  }
}
