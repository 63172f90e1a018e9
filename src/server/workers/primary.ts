/**
 * The primary of one process per core (`WORKERS` > 1): it forks the workers (node:cluster), owns
 * the listening socket, reads each new connection's first request head, and hands the socket and
 * the bytes it read to the worker that must serve it (route.ts): the one owning the session the
 * request names, else the one with the fewest live sessions. It restarts a crashed worker with
 * backoff and has a live worker close that worker's conversations as interrupted. SIGTERM/SIGINT
 * drain every worker (each as a single process does: SHUTDOWN_DRAIN_S, then SHUTDOWN_TIMEOUT_S)
 * and the primary exits when they all have.
 */
import cluster, { type Worker } from 'node:cluster';
import { once } from 'node:events';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { AggregatorRegistry } from 'prom-client';
import { newRunId, WORKER_ENV_MARK, workerTagOf } from '../../http/worker-tag.ts';
import { childLogger } from '../../log/logger.ts';
import { readFirstRequest, refuse, retarget } from './handoff.ts';
import { fromWorkerSchema, RECOVER_ENV, type ToWorker } from './messages.ts';
import type { RequestHead, Route } from './route.ts';

const log = childLogger({ component: 'primary' });

const RESTART_MIN_MS = 500;
const RESTART_MAX_MS = 30_000;
/** A worker that lived this long before crashing restarts after the shortest backoff again. */
const STABLE_MS = 30_000;
/** A worker asked for its sessions or metrics (for a request on another) answers within this. */
const GATHER_TIMEOUT_MS = 1_000;

type SessionList = Extract<ToWorker, { type: 'vs:list-result' }>['sessions'];

export interface PrimaryOptions {
  workers: number;
  port: number;
  host: string;
  drainS: number;
  shutdownTimeoutS: number;
  /** Called once the port is listening (the CLI prints the URL). */
  onListening?(url: string): void;
}

interface WorkerState {
  worker: Worker;
  ready: boolean;
  /** Live sessions the worker last reported. */
  live: number;
  /** Connections that usually start a session, handed over since that report. */
  pending: number;
  startedAt: number;
}

export class Primary {
  readonly runId = newRunId();
  readonly #opts: PrimaryOptions;
  readonly #workers = new Map<number, WorkerState>();
  readonly #server: net.Server;
  /** Id prefixes of crashed workers whose conversations no live worker has closed yet. */
  #toRecover: string[] = [];
  #rotate = 0;
  #crashes = 0;
  #shuttingDown = false;
  /** Listening: from now on a worker that exits is restarted. */
  #serving = false;
  #exitCode = 0;
  readonly #restarts = new Set<NodeJS.Timeout>();
  readonly #done = Promise.withResolvers<number>();
  #askSeq = 0;
  readonly #answers = new Map<number, (answer: unknown) => void>();

  constructor(opts: PrimaryOptions) {
    this.#opts = opts;
    this.#server = net.createServer({ pauseOnConnect: true }, (socket) => this.#accept(socket));
    cluster.setupPrimary({ exec: fileURLToPath(new URL('./worker-main.ts', import.meta.url)) });
    cluster.on('exit', (worker, code, signal) => this.#exited(worker, code, signal));
  }

  /**
   * Forks the workers — the first alone until it has migrated the store, loaded the catalog and
   * closed what an earlier run left open; the others then (their own sessions are all new) — and
   * listens once all are ready. Resolves to the exit code.
   */
  async run(): Promise<number> {
    const first = this.#fork(true);
    const prepared = await this.#awaitMessage(first, 'vs:prepared');
    // A signal while starting stops the start (shutdown() stopped the worker): no failure.
    if (this.#shuttingDown) return this.#done.promise;
    if (!prepared) return 1;
    const rest = Array.from({ length: this.#opts.workers - 1 }, () => this.#fork(false));
    const started = await Promise.all([first, ...rest].map((w) => this.#awaitMessage(w, 'vs:ready')));
    if (!started.every(Boolean) && !this.#shuttingDown) {
      await this.shutdown('a worker failed to start');
      await this.#done.promise;
      return 1;
    }
    // A signal while the workers started: they drain (nothing to serve), no port is opened.
    if (this.#shuttingDown) return this.#done.promise;
    this.#server.listen(this.#opts.port, this.#opts.host);
    try {
      await once(this.#server, 'listening');
    } catch (err) {
      log.fatal({ err }, `cannot listen on ${this.#opts.host}:${this.#opts.port}`);
      await this.shutdown('cannot listen');
      await this.#done.promise;
      return 1;
    }
    this.#serving = true;
    const address = this.#server.address();
    const port = typeof address === 'object' && address ? address.port : this.#opts.port;
    this.#opts.onListening?.(`http://localhost:${port}`);
    log.info({ port, workers: this.#opts.workers, run: this.runId }, 'primary listening');
    return this.#done.promise;
  }

  /** First call: every worker drains and exits; a second one ends the drains at once. */
  async shutdown(reason: string): Promise<void> {
    if (this.#shuttingDown) {
      this.#broadcast({ type: 'vs:stop-draining' });
      return;
    }
    this.#shuttingDown = true;
    for (const timer of this.#restarts) clearTimeout(timer);
    this.#restarts.clear();
    log.info({ reason, workers: this.#workers.size }, 'draining the workers');
    for (const state of this.#workers.values()) {
      if (state.ready) this.#send(state.worker, { type: 'vs:drain', reason });
      // Still starting: it has no sessions yet.
      else state.worker.kill('SIGTERM');
    }
    // Each worker bounds its own shutdown; this only catches one that hangs anyway.
    const boundMs = (this.#opts.drainS + this.#opts.shutdownTimeoutS + 5) * 1000;
    setTimeout(() => {
      for (const state of this.#workers.values()) {
        log.error({ worker: state.worker.id }, 'worker still running past the shutdown bound; killed');
        state.worker.kill('SIGKILL');
        this.#exitCode = 1;
      }
    }, boundMs).unref();
    this.#maybeDone();
  }

  #fork(recover: boolean): Worker {
    const worker = cluster.fork({ [WORKER_ENV_MARK]: this.runId, [RECOVER_ENV]: recover ? '1' : '0' });
    const state: WorkerState = { worker, ready: false, live: 0, pending: 0, startedAt: performance.now() };
    this.#workers.set(worker.id, state);
    worker.on('message', (raw: unknown) => {
      const parsed = fromWorkerSchema.safeParse(raw);
      if (!parsed.success) return;
      const msg = parsed.data;
      if (msg.type === 'vs:ready') {
        state.ready = true;
        this.#recoverNext();
      } else if (msg.type === 'vs:load') {
        state.live = msg.live;
        state.pending = 0;
      } else if (msg.type === 'vs:list-request') {
        const userId = msg.userId !== undefined ? { userId: msg.userId } : {};
        void this.#gather((id) => ({ type: 'vs:list', id, ...userId })).then((lists) =>
          this.#send(worker, {
            type: 'vs:list-result',
            id: msg.id,
            sessions: (lists.filter(Array.isArray) as SessionList[]).flat(),
          }),
        );
      } else if (msg.type === 'vs:metrics-request') {
        void this.#gather((id) => ({ type: 'vs:metrics', id }))
          .then((all) =>
            AggregatorRegistry.aggregate(
              all.filter((m): m is object => typeof m === 'object' && m !== null),
            ).metrics(),
          )
          .then((text) => this.#send(worker, { type: 'vs:metrics-result', id: msg.id, text }))
          .catch((err: unknown) => log.error({ err }, 'aggregating the metrics failed'));
      } else if (msg.type === 'vs:list-reply') {
        this.#answers.get(msg.id)?.(msg.sessions);
      } else if (msg.type === 'vs:metrics-reply') {
        this.#answers.get(msg.id)?.(msg.metrics);
      } else if (msg.type === 'vs:recovered') {
        this.#toRecover = this.#toRecover.filter((p) => !msg.prefixes.includes(p));
        log.info({ prefixes: msg.prefixes, sessions: msg.sessions }, "closed crashed workers' conversations");
      }
    });
    // A worker whose IPC channel broke mid-send: its exit follows and is handled there.
    worker.on('error', (err) => log.warn({ err, worker: worker.id }, 'worker channel error'));
    return worker;
  }

  /** True once the worker sends a message of this type; false if it exits first. */
  async #awaitMessage(worker: Worker, type: 'vs:prepared' | 'vs:ready'): Promise<boolean> {
    if (type === 'vs:ready' && this.#workers.get(worker.id)?.ready) return true;
    const ready = new Promise<boolean>((resolve) => {
      const onMessage = (msg: unknown) => {
        if ((msg as { type?: unknown } | null)?.type !== type) return;
        worker.off('exit', onExit);
        worker.off('message', onMessage);
        resolve(true);
      };
      const onExit = () => {
        worker.off('message', onMessage);
        resolve(false);
      };
      worker.on('message', onMessage);
      worker.once('exit', onExit);
    });
    return ready;
  }

  #exited(worker: Worker, code: number | null, signal: string | null): void {
    const state = this.#workers.get(worker.id);
    this.#workers.delete(worker.id);
    if (this.#shuttingDown || !this.#serving) {
      // While starting, run() reports the failure and stops the others. A worker still starting
      // at a shutdown is stopped by us (SIGTERM): not a failure.
      if (code !== 0 && (state?.ready || !this.#shuttingDown)) this.#exitCode = 1;
      log.info({ worker: worker.id, code, signal }, 'worker exited');
      this.#maybeDone();
      return;
    }
    if (!state?.ready) {
      // A restarted worker that failed to start: the backoff below retries it.
      log.error({ worker: worker.id, code, signal }, 'worker exited before it was ready');
    } else {
      log.error({ worker: worker.id, code, signal }, 'worker crashed; its sessions are ended as interrupted');
      this.#toRecover.push(workerTagOf(worker.id, this.runId));
      this.#recoverNext();
    }
    const lived = state ? performance.now() - state.startedAt : 0;
    this.#crashes = lived > STABLE_MS ? 1 : this.#crashes + 1;
    const delay = Math.min(RESTART_MAX_MS, RESTART_MIN_MS * 2 ** (this.#crashes - 1));
    const timer = setTimeout(() => {
      this.#restarts.delete(timer);
      if (!this.#shuttingDown) this.#fork(false);
    }, delay);
    this.#restarts.add(timer);
  }

  /** Every ready worker's answer to `ask`; one that does not answer in time is left out (and logged). */
  async #gather(ask: (id: number) => ToWorker): Promise<unknown[]> {
    const ready = [...this.#workers.values()].filter((s) => s.ready);
    return Promise.all(
      ready.map(
        (state) =>
          new Promise<unknown>((resolve) => {
            const id = ++this.#askSeq;
            const timer = setTimeout(() => {
              this.#answers.delete(id);
              log.warn({ worker: state.worker.id, ask: ask(id).type }, 'worker did not answer in time');
              resolve(undefined);
            }, GATHER_TIMEOUT_MS);
            this.#answers.set(id, (answer) => {
              clearTimeout(timer);
              this.#answers.delete(id);
              resolve(answer);
            });
            this.#send(state.worker, ask(id));
          }),
      ),
    );
  }

  #recoverNext(): void {
    if (this.#toRecover.length === 0) return;
    const target = [...this.#workers.values()].find((s) => s.ready);
    if (target) this.#send(target.worker, { type: 'vs:recover', prefixes: [...this.#toRecover] });
  }

  #maybeDone(): void {
    if (!this.#shuttingDown || this.#workers.size > 0) return;
    this.#server.close();
    this.#done.resolve(this.#exitCode);
  }

  #broadcast(msg: ToWorker): void {
    for (const state of this.#workers.values()) if (state.ready) this.#send(state.worker, msg);
  }

  #send(worker: Worker, msg: ToWorker): void {
    if (worker.isConnected()) worker.send(msg);
  }

  #accept(socket: net.Socket): void {
    readFirstRequest(socket, this.runId, (buf, head, route) => this.#dispatch(socket, buf, head, route));
  }

  #dispatch(socket: net.Socket, buf: Buffer, head: RequestHead, route: Route): void {
    const picked = this.#pick(route);
    if ('refuse' in picked) {
      refuse(socket, picked.refuse, picked.detail);
      return;
    }
    const state = picked.state;
    if (route.kind === 'worker' && route.target !== undefined) buf = retarget(buf, head, route.target);
    // Stop reading before the handle leaves: bytes read after this point would be dropped here
    // (the handle's reads go nowhere once it is sent) instead of reaching the worker. Node has
    // no public call for it (pause() only stops 'data' events); the kernel keeps what follows.
    socket.pause();
    (socket as unknown as { _handle?: { readStop?(): number } })._handle?.readStop?.();
    const target = state.worker;
    try {
      target.send({ type: 'vs:conn', head: buf.toString('base64') } satisfies ToWorker, socket, (err) => {
        if (err) {
          log.warn({ err, worker: target.id }, 'handing a connection to a worker failed');
          socket.destroy();
        }
      });
    } catch (err) {
      log.warn({ err, worker: target.id }, 'handing a connection to a worker failed');
      socket.destroy();
    }
  }

  /** The worker a route goes to, or why none can take it. */
  #pick(route: Route): { state: WorkerState } | { refuse: number; detail: string } {
    if (route.kind === 'elsewhere') return { refuse: 404, detail: route.message };
    if (route.kind === 'worker') {
      const state = this.#workers.get(route.workerId);
      if (!state?.ready)
        return { refuse: 404, detail: 'the process serving this session has stopped; start a new session' };
      return { state };
    }
    const state = this.#leastLoaded();
    if (!state)
      return {
        refuse: 503,
        detail: this.#shuttingDown ? 'the server is shutting down' : 'no worker is ready; try again shortly',
      };
    if (route.kind === 'any' && route.creates) state.pending++;
    return { state };
  }

  /** The ready worker with the fewest live and just-given sessions; ties go round the workers. */
  #leastLoaded(): WorkerState | undefined {
    const ready = [...this.#workers.values()].filter((s) => s.ready && s.worker.isConnected());
    if (ready.length === 0) return undefined;
    this.#rotate = (this.#rotate + 1) % ready.length;
    let best: WorkerState | undefined;
    for (let i = 0; i < ready.length; i++) {
      const s = ready[(this.#rotate + i) % ready.length]!;
      if (!best || s.live + s.pending < best.live + best.pending) best = s;
    }
    return best;
  }
}

/** `voice-shopper start` with WORKERS > 1: runs the primary until its workers have drained. */
export async function runPrimary(opts: PrimaryOptions): Promise<number> {
  const primary = new Primary(opts);
  const onSignal = (signal: NodeJS.Signals) => void primary.shutdown(signal);
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  try {
    return await primary.run();
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  }
}
