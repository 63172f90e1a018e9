import { describe, expect, it } from 'vitest';
import { FakeClock } from '../pipeline/clock.ts';
import { Pipeline, PipelineTask } from '../pipeline/index.ts';
import type { SessionRuntime } from '../transports/module.ts';
import { SessionManager } from './sessions.ts';

const limits = { maxSessions: 5, maxPerIdentity: 5, connectTimeoutMs: 60_000, maxDurationMs: 3_600_000 };

/** A runtime whose close is recorded; its task never finishes by itself. */
function runtime(closed: string[]): SessionRuntime {
  return {
    task: new PipelineTask(new Pipeline([]), { idleTimeoutMs: null }),
    close: async (reason) => {
      closed.push(reason);
    },
  };
}

describe('SessionManager', () => {
  it('closes a pipeline that finished building after its session was ended (a shutdown during start)', async () => {
    const sessions = new SessionManager({ clock: new FakeClock(), limits });
    const session = sessions.reserve({ userId: 'u1', transport: 'websocket', ip: '127.0.0.1' });
    const started: string[] = [];
    sessions.on('started', (s) => started.push(s.id));
    const closed: string[] = [];
    let finishBuild: (r: SessionRuntime) => void = () => {};
    const attached = sessions.attach(
      session.id,
      () =>
        new Promise<SessionRuntime>((resolve) => {
          finishBuild = resolve;
        }),
    );
    // Shutdown while the pipeline is still being built: it waits for the build, then closes it.
    let shutDown = false;
    const shutdown = sessions.shutdown('SIGTERM').then(() => {
      shutDown = true;
    });
    await new Promise((r) => setImmediate(r));
    expect(shutDown).toBe(false);
    expect(sessions.get(session.id)?.state).toBe('ended');
    finishBuild(runtime(closed));
    await shutdown;
    await attached;
    expect(closed).toEqual(['SIGTERM']);
    expect(started).toEqual([]);
    expect(sessions.get(session.id)?.runtime).toBeUndefined();
  });

  it('ends a session whose build failed, once, with the cause', async () => {
    const sessions = new SessionManager({ clock: new FakeClock(), limits });
    const session = sessions.reserve({ userId: 'u1', transport: 'websocket', ip: '127.0.0.1' });
    await expect(
      sessions.attach(session.id, async () => Promise.reject(new Error('no engine'))),
    ).rejects.toThrow('no engine');
    expect(sessions.get(session.id)).toMatchObject({
      state: 'ended',
      endReason: 'failed to start: no engine',
    });
    await sessions.shutdown();
  });
});
