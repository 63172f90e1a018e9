import { describe, expect, it } from 'vitest';
import { FakeClock } from '../pipeline/clock.ts';
import { isFailoverError, ProviderHealth, type ProviderStatus } from './health.ts';
import { ServiceError } from './service-base.ts';

const settle = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

describe('ProviderHealth', () => {
  it('orders healthy providers first, in configured order, and keeps the down ones as a last resort', () => {
    const h = new ProviderHealth('stt', [{ name: 'a' }, { name: 'b' }, { name: 'c' }], {
      clock: new FakeClock(),
    });
    expect(h.order()).toEqual([0, 1, 2]);
    h.markFailed(0, new Error('x'));
    expect(h.order()).toEqual([1, 2, 0]);
    expect(h.preferred()).toBe(1);
    expect(h.ready).toBe(true);
    h.markFailed(1, new Error('y'));
    h.markFailed(2, new Error('z'));
    expect(h.ready).toBe(false);
    expect(h.order()).toEqual([0, 1, 2]);
  });

  it('probes a failed provider with doubling intervals up to the cap, and brings it back', async () => {
    const clock = new FakeClock();
    const probes: number[] = [];
    let up = false;
    const h = new ProviderHealth(
      'llm',
      [
        {
          name: 'a',
          probe: async () => {
            probes.push(clock.now());
            if (!up) throw new Error('still down');
          },
        },
      ],
      { clock, probeIntervalMs: 100, maxProbeIntervalMs: 400 },
    );
    const changes: ProviderStatus[] = [];
    h.subscribe({ onChange: (_stage, s) => changes.push(s) });
    h.markFailed(0, new Error('503'));
    for (let t = 0; t < 1500; t += 50) {
      await clock.advance(50);
      await settle();
    }
    // 100, +200, +400, then +400 each (the cap).
    expect(probes.slice(0, 5)).toEqual([100, 300, 700, 1100, 1500]);
    expect(h.status()[0]).toMatchObject({ healthy: false, lastError: 'still down', failures: 6 });
    up = true;
    await clock.advance(400);
    await settle();
    expect(h.isHealthy(0)).toBe(true);
    expect(changes.map((c) => c.healthy)).toEqual([false, true]);
    const before = probes.length;
    await clock.advance(10_000);
    expect(probes).toHaveLength(before); // a healthy provider is not probed
  });

  it('a probe that hangs is cut off by its timeout and counts as failed', async () => {
    const clock = new FakeClock();
    const h = new ProviderHealth('tts', [{ name: 'a', probe: () => new Promise(() => {}) }], {
      clock,
      probeIntervalMs: 100,
      probeTimeoutMs: 50,
    });
    h.markFailed(0, new Error('down'));
    await clock.advance(150);
    await settle();
    expect(h.status()[0]).toMatchObject({
      healthy: false,
      failures: 2,
      lastError: expect.stringMatching(/50 ms/),
    });
  });

  it('close() stops every probe', async () => {
    const clock = new FakeClock();
    let probes = 0;
    const h = new ProviderHealth('stt', [{ name: 'a', probe: async () => void probes++ }], {
      clock,
      probeIntervalMs: 100,
    });
    h.markFailed(0, new Error('down'));
    h.close();
    await clock.advance(1000);
    expect(probes).toBe(0);
    expect(clock.pendingTimers).toBe(0);
  });

  it('every failure but an abort moves work on', () => {
    expect(isFailoverError(new ServiceError('x', { kind: 'aborted', provider: 'p' }))).toBe(false);
    expect(isFailoverError(new DOMException('stop', 'AbortError'))).toBe(false);
    expect(isFailoverError(new ServiceError('garbage', { kind: 'bad-request', provider: 'p' }))).toBe(true);
    expect(isFailoverError(new Error('socket hang up'))).toBe(true);
  });
});
