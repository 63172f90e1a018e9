import { describe, expect, it } from 'vitest';
import { FakeClock } from '../pipeline/clock.ts';
import { Pipeline, PipelineTask } from '../pipeline/index.ts';
import type { SessionRuntime } from '../transports/module.ts';
import { DRAIN_CONNECT_GRACE_MS, SessionDrainingError, SessionManager } from './sessions.ts';

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

  it('whenStarted waits for a pipeline still being built, then gives the session with its runtime', async () => {
    const sessions = new SessionManager({ clock: new FakeClock(), limits });
    const session = sessions.reserve({ userId: 'u1', transport: 'device', ip: '127.0.0.1' });
    let finishBuild: (r: SessionRuntime) => void = () => {};
    const attached = sessions.attach(
      session.id,
      () =>
        new Promise<SessionRuntime>((resolve) => {
          finishBuild = resolve;
        }),
    );
    let seen: unknown = 'pending';
    const started = sessions.whenStarted(session.id).then((s) => {
      seen = s?.runtime;
    });
    await new Promise((r) => setImmediate(r));
    expect(seen).toBe('pending');
    const built = runtime([]);
    finishBuild(built);
    await started;
    expect(seen).toBe(built);
    await attached;
    // Not starting (any more): at once.
    expect((await sessions.whenStarted(session.id))?.runtime).toBe(built);
    expect(await sessions.whenStarted('no-such-session')).toBeUndefined();
    await sessions.shutdown();
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

describe('SessionManager drain', () => {
  async function live(sessions: SessionManager, userId: string, closed: string[]) {
    const session = sessions.reserve({ userId, transport: 'websocket', ip: '127.0.0.1' });
    await sessions.attach(session.id, async () => runtime(closed));
    return session;
  }

  it('refuses new sessions with a 503 and resolves once the live ones have ended by themselves', async () => {
    const clock = new FakeClock();
    const sessions = new SessionManager({ clock, limits });
    const closed: string[] = [];
    const a = await live(sessions, 'u1', closed);
    const b = await live(sessions, 'u2', closed);
    let outcome: string | undefined;
    const draining = sessions.drain(30_000).then((o) => {
      outcome = o;
    });
    expect(sessions.draining).toBe(true);
    const refused = (() => {
      try {
        sessions.reserve({ userId: 'u3', transport: 'websocket', ip: '127.0.0.1' });
      } catch (err) {
        return err;
      }
    })();
    expect(refused).toBeInstanceOf(SessionDrainingError);
    expect(refused).toMatchObject({ statusCode: 503, message: expect.stringMatching(/shutting down/) });
    // Draining ends nothing: both keep running until they end on their own.
    await clock.advance(10_000);
    expect([sessions.get(a.id)?.state, sessions.get(b.id)?.state]).toEqual(['active', 'active']);
    await sessions.end(a.id, 'client disconnected');
    await new Promise((r) => setImmediate(r));
    expect(outcome).toBeUndefined();
    await sessions.end(b.id, 'client disconnected');
    await draining;
    expect(outcome).toBe('drained');
    expect(closed).toEqual(['client disconnected', 'client disconnected']);
  });

  it('stops waiting at the deadline or when aborted, leaving the rest to shutdown', async () => {
    const clock = new FakeClock();
    const sessions = new SessionManager({ clock, limits });
    const closed: string[] = [];
    const a = await live(sessions, 'u1', closed);
    const atDeadline = sessions.drain(5_000);
    await clock.advance(4_999);
    expect(sessions.get(a.id)?.state).toBe('active');
    await clock.advance(1);
    expect(await atDeadline).toBe('deadline');
    expect(sessions.get(a.id)?.state).toBe('active');

    const stop = new AbortController();
    const aborted = sessions.drain(60_000, stop.signal);
    stop.abort('SIGTERM');
    expect(await aborted).toBe('aborted');
    await sessions.shutdown('SIGTERM (drain deadline reached)');
    expect(closed).toEqual(['SIGTERM (drain deadline reached)']);
  });

  it('gives a session reserved before the drain a short grace to connect, not the whole connect timeout', async () => {
    const clock = new FakeClock();
    const sessions = new SessionManager({ clock, limits });
    const closed: string[] = [];
    const late = sessions.reserve({ userId: 'u1', transport: 'websocket', ip: '127.0.0.1' });
    const never = sessions.reserve({ userId: 'u2', transport: 'websocket', ip: '127.0.0.1' });
    const draining = sessions.drain(300_000);
    await clock.advance(DRAIN_CONNECT_GRACE_MS - 1);
    // Connecting within the grace: served like any live session.
    await sessions.attach(late.id, async () => runtime(closed));
    await clock.advance(1);
    expect(sessions.get(late.id)?.state).toBe('active');
    expect(sessions.get(never.id)).toMatchObject({
      state: 'ended',
      endReason: 'transport never connected (server draining)',
    });
    await sessions.end(late.id, 'client disconnected');
    expect(await draining).toBe('drained');
    expect(clock.now()).toBeLessThan(limits.connectTimeoutMs);
  });

  it('resolves at once when nothing is live', async () => {
    const sessions = new SessionManager({ clock: new FakeClock(), limits });
    expect(await sessions.drain(60_000)).toBe('drained');
    expect(() => sessions.reserve({ userId: 'u1', transport: 'websocket', ip: '127.0.0.1' })).toThrow(
      SessionDrainingError,
    );
  });
});
