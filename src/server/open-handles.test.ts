import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { OpenHandleTracker } from './open-handles.ts';

let tracker: OpenHandleTracker | undefined;
afterEach(() => tracker?.stop());

describe('OpenHandleTracker', () => {
  it('names a live worker thread and child process with where they were created, until they exit', async () => {
    tracker = new OpenHandleTracker().start();
    const worker = new Worker('setInterval(() => {}, 1000)', { eval: true });
    const child = spawn('sleep', ['30']);
    const report = tracker.report();
    expect(report.workers).toEqual([
      { threadId: worker.threadId, createdAt: expect.stringContaining('open-handles.test.ts') },
    ]);
    expect(report.children).toEqual([
      { pid: child.pid, file: 'sleep', createdAt: expect.stringContaining('open-handles.test.ts') },
    ]);
    expect(report.handles).toContain(`ChildProcess sleep pid ${child.pid}`);
    expect(report.timers).toBeUndefined();
    const exits = [once(worker, 'exit'), once(child, 'exit')];
    await worker.terminate();
    child.kill('SIGKILL');
    await Promise.all(exits);
    const after = tracker.report();
    expect(after.workers).toEqual([]);
    expect(after.children).toEqual([]);
  });

  it("with timers traced, says where a pending ref'd timer was set, and forgets it once cleared", () => {
    tracker = new OpenHandleTracker({ timers: true }).start();
    const pending = setTimeout(() => {}, 60_000);
    const quiet = setTimeout(() => {}, 60_000).unref();
    const report = tracker.report();
    expect(report.timers).toEqual([expect.stringContaining('open-handles.test.ts')]);
    expect(report.resources.Timeout).toBeGreaterThanOrEqual(1);
    clearTimeout(pending);
    clearTimeout(quiet);
    expect(tracker.report().timers).toEqual([]);
  });
});
