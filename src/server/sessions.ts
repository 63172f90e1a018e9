/**
 * SessionManager: owns the life of every session — reserve (start endpoint), attach (the
 * transport connected), limits, connect timeout, idle timeout (via the task), max duration,
 * end — and releases everything a session holds however it ends.
 */
import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { SessionAgent } from '../agents/profiles/index.ts';
import { processWorkerTag } from '../http/worker-tag.ts';
import type { Clock, TimerHandle } from '../pipeline/clock.ts';
import type { SessionRuntime } from '../transports/module.ts';
import type { TransportKind } from './transports.ts';

export type { SessionRuntime } from '../transports/module.ts';
export type { TransportKind } from './transports.ts';
export type SessionState = 'pending' | 'active' | 'ended';

export interface SessionInfo {
  id: string;
  userId: string;
  transport: TransportKind;
  state: SessionState;
  createdAt: string;
  startedAt?: string;
  endedAt?: string;
  endReason?: string;
  language: string;
}

export interface Session extends SessionInfo {
  /** One-use secret the transport presents to attach (the Pipecat client's `token`). */
  readonly token: string;
  readonly ip: string;
  readonly requestData: Record<string, unknown>;
  /**
   * The agent profile version the session starts with and the overrides it was allowed (POST
   * /start); absent (phone calls, offers without /start): the default profile.
   */
  readonly agent?: SessionAgent;
  /** Aborted when the session ends, so a pipeline still starting can stop instead of finishing. */
  readonly ended?: AbortSignal;
  runtime?: SessionRuntime;
}

export class SessionLimitError extends Error {
  override name = 'SessionLimitError';
  readonly statusCode = 429;
}

/** The server is draining for a shutdown: it finishes the sessions it has and takes no new ones. */
export class SessionDrainingError extends Error {
  override name = 'SessionDrainingError';
  readonly statusCode = 503;
  /** The reply says why (errorBody hides other 5xx messages). */
  readonly expose = true;
}

export class SessionNotFoundError extends Error {
  override name = 'SessionNotFoundError';
  readonly statusCode = 404;
}

export interface SessionLimits {
  maxSessions: number;
  maxPerIdentity: number;
  /**
   * Live sessions per transport kind at most (e.g. phone calls), so one way in — an unsigned
   * webhook anyone can call — cannot take every session from the others.
   */
  maxPerTransport?: Partial<Record<string, number>>;
  connectTimeoutMs: number;
  maxDurationMs: number;
}

interface SessionEvents {
  started: [Session];
  ended: [Session];
}

/** How long a session reserved before a drain may still take to connect. */
export const DRAIN_CONNECT_GRACE_MS = 10_000;

export class SessionManager extends EventEmitter<SessionEvents> {
  readonly #sessions = new Map<string, Session>();
  readonly #timers = new Map<string, TimerHandle[]>();
  /** Pipelines being built (attach awaits them): ending such a session closes what they build. */
  readonly #building = new Map<string, Promise<SessionRuntime | undefined>>();
  /** Sessions whose attach is under way: settles when the pipeline runs (or could not start). */
  readonly #attaching = new Map<string, Promise<void>>();
  readonly #ending = new Map<string, AbortController>();
  readonly #clock: Clock;
  readonly #limits: SessionLimits;
  #closing = false;
  readonly #idPrefix: string;

  /**
   * `idPrefix` starts every session id and token (default: this worker's tag, '' in a single
   * process), so a client's next connection is routed back to this process.
   */
  constructor(opts: { clock: Clock; limits: SessionLimits; idPrefix?: string }) {
    super();
    this.#clock = opts.clock;
    this.#limits = opts.limits;
    this.#idPrefix = opts.idPrefix ?? processWorkerTag();
  }

  /** Creates a pending session for the start endpoint; throws SessionLimitError when full. */
  reserve(spec: {
    userId: string;
    transport: TransportKind;
    ip: string;
    language?: string;
    requestData?: Record<string, unknown>;
    agent?: SessionAgent;
    /** Many nodes: the id and token another node placed this session under (its client has them). */
    placed?: { id: string; token: string };
  }): Session {
    if (this.#closing)
      throw new SessionDrainingError('the server is shutting down; start again to reach another server');
    const live = [...this.#sessions.values()].filter((s) => s.state !== 'ended');
    if (live.length >= this.#limits.maxSessions) {
      throw new SessionLimitError(
        `the server is at its limit of ${this.#limits.maxSessions} sessions; try again later`,
      );
    }
    const kindMax = this.#limits.maxPerTransport?.[spec.transport];
    if (kindMax !== undefined && live.filter((s) => s.transport === spec.transport).length >= kindMax) {
      throw new SessionLimitError(
        `the server is at its limit of ${kindMax} ${spec.transport} sessions; try again later`,
      );
    }
    if (live.filter((s) => s.userId === spec.userId).length >= this.#limits.maxPerIdentity) {
      throw new SessionLimitError(
        `you already have ${this.#limits.maxPerIdentity} open sessions; end one before starting another`,
      );
    }
    const ending = new AbortController();
    const session: Session = {
      id: spec.placed?.id ?? `${this.#idPrefix}${randomUUID()}`,
      token: spec.placed?.token ?? `${this.#idPrefix}${randomBytes(24).toString('base64url')}`,
      userId: spec.userId,
      transport: spec.transport,
      ip: spec.ip,
      language: spec.language ?? 'en',
      requestData: spec.requestData ?? {},
      ...(spec.agent ? { agent: spec.agent } : {}),
      state: 'pending',
      createdAt: new Date().toISOString(),
      ended: ending.signal,
    };
    this.#sessions.set(session.id, session);
    this.#ending.set(session.id, ending);
    this.#addTimer(
      session.id,
      this.#clock.setTimer(() => {
        if (session.state === 'pending') void this.end(session.id, 'transport never connected');
      }, this.#limits.connectTimeoutMs),
    );
    return session;
  }

  /** Finds the pending session a transport token belongs to (constant-time comparison). */
  findByToken(token: string): Session | undefined {
    const presented = Buffer.from(token);
    for (const session of this.#sessions.values()) {
      const expected = Buffer.from(session.token);
      if (
        session.state === 'pending' &&
        expected.length === presented.length &&
        timingSafeEqual(expected, presented)
      ) {
        return session;
      }
    }
    return undefined;
  }

  /** The transport connected: run the session's pipeline until it finishes. */
  async attach(sessionId: string, build: (session: Session) => Promise<SessionRuntime>): Promise<Session> {
    const session = this.#sessions.get(sessionId);
    if (session?.state !== 'pending')
      throw new SessionNotFoundError(`session ${sessionId} is not waiting for a connection`);
    session.state = 'active';
    session.startedAt = new Date().toISOString();
    const attached = Promise.withResolvers<void>();
    this.#attaching.set(sessionId, attached.promise);
    try {
      return await this.#run(session, build);
    } finally {
      this.#attaching.delete(sessionId);
      attached.resolve();
    }
  }

  /**
   * Resolves once a session that is starting its pipeline has it running (or failed to start):
   * a control sent right after connecting (a device's switch_agent) waits for it instead of
   * finding no pipeline yet.
   */
  async whenStarted(sessionId: string): Promise<Session | undefined> {
    await this.#attaching.get(sessionId);
    return this.#sessions.get(sessionId);
  }

  async #run(session: Session, build: (session: Session) => Promise<SessionRuntime>): Promise<Session> {
    const sessionId = session.id;
    const building = build(session);
    this.#building.set(
      sessionId,
      building.catch(() => undefined),
    );
    let runtime: SessionRuntime;
    try {
      runtime = await building;
    } catch (err) {
      await this.end(sessionId, `failed to start: ${err instanceof Error ? err.message : String(err)}`);
      throw err;
    } finally {
      this.#building.delete(sessionId);
    }
    // Ended while it was starting (a shutdown, the client gone): end() closes what was built,
    // which it awaited too; nothing here may outlive the session.
    if (this.#sessions.get(sessionId)?.state === 'ended') return session;
    session.runtime = runtime;
    void session.runtime.task
      .whenFinished()
      .then(({ reason, detail }) => this.end(sessionId, detail ?? reason));
    this.#addTimer(
      sessionId,
      this.#clock.setTimer(
        () => void this.end(sessionId, 'maximum duration reached'),
        this.#limits.maxDurationMs,
      ),
    );
    this.emit('started', session);
    return session;
  }

  /** Ends a session (idempotent) and releases everything it holds. */
  async end(sessionId: string, reason: string): Promise<void> {
    const session = this.#sessions.get(sessionId);
    if (!session || session.state === 'ended') return;
    session.state = 'ended';
    session.endedAt = new Date().toISOString();
    session.endReason = reason;
    for (const timer of this.#timers.get(sessionId) ?? []) timer.cancel();
    this.#timers.delete(sessionId);
    this.#ending.get(sessionId)?.abort(reason);
    this.#ending.delete(sessionId);
    try {
      const building = this.#building.get(sessionId);
      const runtime = session.runtime ?? (building ? await building : undefined);
      await runtime?.close(reason);
    } finally {
      session.runtime = undefined;
      this.emit('ended', session);
      // Keep a small tail of ended sessions for the API; the store holds the full history.
      this.#pruneEnded();
    }
  }

  get(sessionId: string): Session | undefined {
    return this.#sessions.get(sessionId);
  }

  list(filter: { userId?: string } = {}): SessionInfo[] {
    return [...this.#sessions.values()]
      .filter((s) => !filter.userId || s.userId === filter.userId)
      .map(toInfo);
  }

  get activeCount(): number {
    return [...this.#sessions.values()].filter((s) => s.state !== 'ended').length;
  }

  /** True once a drain or shutdown began: new sessions are refused with SessionDrainingError. */
  get draining(): boolean {
    return this.#closing;
  }

  /**
   * Stops taking sessions and waits until the live ones (those already started or reserved) have
   * ended by themselves, for at most `timeoutMs` on the clock. Ends nothing: `shutdown` ends
   * whatever is still live afterwards. `signal` cuts the wait short (a second SIGTERM).
   */
  drain(timeoutMs: number, signal?: AbortSignal): Promise<'drained' | 'deadline' | 'aborted'> {
    this.#closing = true;
    // A client given its token just before the signal connects within a second; one that never
    // does must not hold the drain for the whole connect timeout.
    for (const session of this.#sessions.values())
      if (session.state === 'pending')
        this.#addTimer(
          session.id,
          this.#clock.setTimer(() => {
            if (session.state === 'pending')
              void this.end(session.id, 'transport never connected (server draining)');
          }, DRAIN_CONNECT_GRACE_MS),
        );
    return new Promise((resolve) => {
      if (this.activeCount === 0) return resolve('drained');
      if (signal?.aborted) return resolve('aborted');
      const finish = (outcome: 'drained' | 'deadline' | 'aborted') => {
        timer.cancel();
        this.off('ended', onEnded);
        signal?.removeEventListener('abort', onAbort);
        resolve(outcome);
      };
      const onEnded = () => {
        if (this.activeCount === 0) finish('drained');
      };
      const onAbort = () => finish('aborted');
      const timer = this.#clock.setTimer(() => finish('deadline'), timeoutMs);
      this.on('ended', onEnded);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** Stops accepting sessions and ends every live one; bounded by the caller's timeout. */
  async shutdown(reason = 'server shutting down'): Promise<void> {
    this.#closing = true;
    await Promise.allSettled(
      [...this.#sessions.values()].filter((s) => s.state !== 'ended').map((s) => this.end(s.id, reason)),
    );
  }

  #addTimer(sessionId: string, timer: TimerHandle): void {
    const timers = this.#timers.get(sessionId) ?? [];
    timers.push(timer);
    this.#timers.set(sessionId, timers);
  }

  #pruneEnded(keep = 200): void {
    const ended = [...this.#sessions.values()].filter((s) => s.state === 'ended');
    for (const s of ended.slice(0, Math.max(0, ended.length - keep))) this.#sessions.delete(s.id);
  }
}

/** TWILIO_MAX_SESSIONS, or half of all sessions: phone calls never take every session. */
export function phoneSessionCap(
  maxSessions: number,
  twilio: { TWILIO_MAX_SESSIONS?: number | undefined },
): number {
  return twilio.TWILIO_MAX_SESSIONS ?? Math.max(1, Math.floor(maxSessions / 2));
}

export function toInfo(session: Session): SessionInfo {
  const { id, userId, transport, state, createdAt, startedAt, endedAt, endReason, language } = session;
  return Object.fromEntries(
    Object.entries({
      id,
      userId,
      transport,
      state,
      createdAt,
      startedAt,
      endedAt,
      endReason,
      language,
    }).filter(([, v]) => v !== undefined),
  ) as unknown as SessionInfo;
}
