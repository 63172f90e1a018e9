import { describe, expect, it } from 'vitest';
import { clockTicks } from './proc-stats.ts';
import { ThreadCpuTracker, threadTicks } from './thread-cpu.ts';

describe('per-thread CPU from /proc', () => {
  it('names this process main thread "main" and charges it the CPU it burns', () => {
    const threads = threadTicks(process.pid);
    expect(threads.get(process.pid)?.group).toBe('main');
    const tracker = new ThreadCpuTracker();
    tracker.start(process.pid);
    // Burn ~5 clock ticks of CPU on this thread (CPU time, not wall time: load does not matter).
    const until = process.cpuUsage().user + (5 * 1e6) / clockTicks();
    let x = 0;
    while (process.cpuUsage().user < until) x += Math.sqrt(x + 1);
    tracker.sample(process.pid);
    const main = tracker.groups(clockTicks()).find(([group]) => group === 'main');
    expect(x).toBeGreaterThan(0);
    expect(main?.[1]).toBeGreaterThan(0);
  });
});
