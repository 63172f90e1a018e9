import { describe, expect, it } from 'vitest';
import { FakeClock } from '../pipeline/clock.ts';
import {
  isAbortError,
  type RunContext,
  ServiceBase,
  type ServiceBaseInit,
  ServiceError,
} from './service-base.ts';

class TestService extends ServiceBase {
  call<T>(fn: (signal: AbortSignal, ctx: RunContext) => Promise<T>, signal?: AbortSignal): Promise<T> {
    return this.run(fn, signal);
  }
}

function make(init: Partial<ServiceBaseInit> = {}) {
  const clock = new FakeClock();
  const service = new TestService({
    provider: 'test',
    model: 'm1',
    clock,
    options: { maxRetries: 2, retryIntervalMs: 100, timeoutMs: 1000 },
    ...init,
  });
  return { clock, service };
}

const unavailable = () => new ServiceError('down', { kind: 'unavailable', provider: 'test' });

describe('ServiceError', () => {
  it('defaults retryable by kind and maps HTTP statuses', () => {
    expect(new ServiceError('x', { kind: 'timeout', provider: 'p' }).retryable).toBe(true);
    expect(new ServiceError('x', { kind: 'auth', provider: 'p' }).retryable).toBe(false);
    expect(new ServiceError('x', { kind: 'engine', provider: 'p', retryable: true }).retryable).toBe(true);
    expect(ServiceError.fromHttpStatus('p', 429)).toMatchObject({
      kind: 'rate-limit',
      retryable: true,
      status: 429,
    });
    expect(ServiceError.fromHttpStatus('p', 503)).toMatchObject({ kind: 'unavailable', retryable: true });
    expect(ServiceError.fromHttpStatus('p', 401).message).toMatch(/API key/);
    expect(ServiceError.fromHttpStatus('p', 422)).toMatchObject({ kind: 'bad-request', retryable: false });
  });
});

describe('ServiceBase.run', () => {
  it('returns the value of a call that waits on the clock, leaving no timer behind', async () => {
    const { clock, service } = make();
    const p = service.call(async (signal, ctx) => {
      await clock.sleep(50, signal);
      return `ok on attempt ${ctx.attempt}`;
    });
    await clock.advance(50);
    await expect(p).resolves.toBe('ok on attempt 0');
    expect(clock.pendingTimers).toBe(0);
  });

  it('retries retryable errors with doubling backoff, then succeeds', async () => {
    const { clock, service } = make();
    const attemptsAt: number[] = [];
    const p = service.call(async (_signal, ctx) => {
      attemptsAt.push(clock.now());
      if (ctx.attempt < 2) throw unavailable();
      return ctx.attempt;
    });
    await clock.advance(1000);
    await expect(p).resolves.toBe(2);
    expect(attemptsAt).toEqual([0, 100, 300]);
  });

  it('gives up after maxRetries and surfaces the last typed error', async () => {
    const { clock, service } = make();
    let attempts = 0;
    const p = service.call(async () => {
      attempts++;
      throw unavailable();
    });
    const settled = p.catch((e: unknown) => e);
    await clock.runAll();
    const err = await settled;
    expect(err).toBeInstanceOf(ServiceError);
    expect((err as ServiceError).kind).toBe('unavailable');
    expect(attempts).toBe(3);
  });

  it('does not retry non-retryable errors and wraps foreign errors as internal', async () => {
    const { service } = make();
    let attempts = 0;
    const err = await service
      .call(async () => {
        attempts++;
        throw new TypeError('boom');
      })
      .catch((e: unknown) => e);
    expect(attempts).toBe(1);
    expect(err).toMatchObject({ kind: 'internal', provider: 'test', retryable: false });
    expect((err as Error).message).toMatch(/boom/);
  });

  it('times out an attempt that ignores its signal, and retries it', async () => {
    const { clock, service } = make({ options: { maxRetries: 1, retryIntervalMs: 100, timeoutMs: 1000 } });
    let attempts = 0;
    const p = service.call(() => {
      attempts++;
      return new Promise<never>(() => {});
    });
    const settled = p.catch((e: unknown) => e);
    await clock.advance(1000);
    expect(attempts).toBe(1);
    await clock.advance(1100);
    const err = await settled;
    expect(attempts).toBe(2);
    expect(err).toMatchObject({ kind: 'timeout', retryable: true });
    expect((err as Error).message).toMatch(/1000 ms/);
    expect(clock.pendingTimers).toBe(0);
  });

  it('aborts promptly when the caller aborts, without retrying', async () => {
    const { clock, service } = make();
    const ac = new AbortController();
    let attempts = 0;
    let innerSignal: AbortSignal | undefined;
    const p = service.call((signal) => {
      attempts++;
      innerSignal = signal;
      return clock.sleep(500, signal).then(() => 'late');
    }, ac.signal);
    await clock.advance(10);
    ac.abort();
    const err = await p.catch((e: unknown) => e);
    expect(isAbortError(err)).toBe(true);
    expect(innerSignal?.aborted).toBe(true);
    expect(attempts).toBe(1);
    expect(clock.pendingTimers).toBe(0);
  });

  it('aborts during the backoff sleep', async () => {
    const { clock, service } = make();
    const ac = new AbortController();
    const p = service.call(async () => {
      throw unavailable();
    }, ac.signal);
    const settled = p.catch((e: unknown) => e);
    await clock.advance(50);
    ac.abort();
    expect(isAbortError(await settled)).toBe(true);
    expect(clock.pendingTimers).toBe(0);
  });

  it('refuses to start when the signal is already aborted', async () => {
    const { service } = make();
    let called = false;
    const err = await service
      .call(async () => {
        called = true;
      }, AbortSignal.abort())
      .catch((e: unknown) => e);
    expect(called).toBe(false);
    expect(err).toMatchObject({ kind: 'aborted', retryable: false });
  });
});
