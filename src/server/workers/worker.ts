/**
 * A worker of one process per core: the whole server (startServer) without a listening socket.
 * The primary hands it connections with the bytes it already read; it reports its live sessions
 * so new ones go to the least loaded worker; it drains when the primary says so (the signal goes
 * to the primary: a terminal's Ctrl-C, which reaches every process, is ignored here).
 */
import type net from 'node:net';
import type { FastifyInstance } from 'fastify';
import { processEnv } from '../../config/process.ts';
import { processWorkerId, processWorkerTag } from '../../http/worker-tag.ts';
import { logger } from '../../log/logger.ts';
import { type RunningServer, startServer } from '../main.ts';
import { countActiveSessions } from '../metrics.ts';
import type { SessionInfo } from '../sessions.ts';
import { type FromWorker, RECOVER_ENV, toWorkerSchema } from './messages.ts';
import { ownerOf } from './route.ts';

const log = logger.child({ component: 'worker' });

/** How often the live-session count goes to the primary besides every start and end. */
const LOAD_REPORT_MS = 1_000;
/** GET /api/sessions and /metrics wait this long for the other workers' answers. */
const ASK_TIMEOUT_MS = 2_000;

function send(msg: FromWorker): void {
  if (process.connected) process.send?.(msg);
}

/**
 * A request that reached the wrong worker over a kept-alive connection (the primary routes only a
 * connection's first request) is sent back with 307 and `Connection: close`, so the client retries
 * on a new connection that is routed afresh; /start closes its connection for the same reason, so
 * each new session is placed by load.
 */
export function wrongWorkerGuard(me: number, run: string) {
  const redirect = (app: FastifyInstance) => {
    const check = (method: string, url: string, body: unknown) => {
      const owner = ownerOf(method, url, body, run);
      if (!owner) return undefined;
      if ('elsewhere' in owner) return { status: 404, detail: 'this session is not served here' };
      return owner.workerId === me ? undefined : { status: 307, detail: 'served by another process' };
    };
    app.addHook('onRequest', async (request, reply) => {
      const wrong = check(request.method, request.url, undefined);
      if (!wrong) return;
      if (wrong.status === 307) reply.header('location', request.url);
      return reply.status(wrong.status).header('connection', 'close').send({ detail: wrong.detail });
    });
    // The signaling route names its peer connection in the body.
    app.addHook('preValidation', async (request, reply) => {
      if (request.routeOptions.url !== '/api/offer') return;
      const wrong = check(request.method, request.url, request.body);
      if (!wrong) return;
      if (wrong.status === 307) reply.header('location', request.url);
      return reply.status(wrong.status).header('connection', 'close').send({ detail: wrong.detail });
    });
    app.addHook('onSend', async (request, reply) => {
      const path = request.routeOptions.url;
      if (request.method === 'POST' && (path === '/start' || path === '/connect'))
        reply.header('connection', 'close');
    });
  };
  return async (app: FastifyInstance) => redirect(app);
}

/** Runs this worker until it has drained; returns its exit code. */
export async function runWorker(): Promise<number> {
  const me = processWorkerId();
  const tag = processWorkerTag();
  if (me === undefined || !process.send)
    throw new Error('runWorker runs only in a worker forked by the primary');
  const run = tag.slice(tag.indexOf('.') + 1, -1);
  // Ctrl-C reaches the whole process group; the primary decides (and tells us) what happens.
  process.on('SIGINT', () => {});
  const early: unknown[] = [];
  const buffer = (msg: unknown, handle: unknown) => {
    // A connection cannot arrive before ready (the primary listens after); a drain can.
    if (!handle) early.push(msg);
  };
  process.on('message', buffer);

  // GET /api/sessions and /metrics: every worker's, gathered by the primary; this worker's alone
  // if the primary does not answer (it is gone, or too busy).
  let askSeq = 0;
  const answers = new Map<number, (answer: never) => void>();
  const ask = <T>(request: (id: number) => FromWorker, alone: () => T | Promise<T>) =>
    new Promise<T>((resolve) => {
      const id = ++askSeq;
      const timer = setTimeout(() => {
        answers.delete(id);
        resolve(alone());
      }, ASK_TIMEOUT_MS);
      answers.set(id, (answer: T) => {
        clearTimeout(timer);
        answers.delete(id);
        resolve(answer);
      });
      send(request(id));
    });
  const listSessions = (filter: { userId?: string }) =>
    ask<SessionInfo[]>(
      (id) => ({ type: 'vs:list-request', id, ...filter }),
      () => server.sessions.list(filter),
    );
  const allMetrics = () =>
    ask<string>(
      (id) => ({ type: 'vs:metrics-request', id }),
      () => server.metrics.registry.metrics(),
    );

  const server: RunningServer = await startServer(processEnv(), {
    listSessions,
    allMetrics,
    handoff: true,
    recoverAtStart: processEnv()[RECOVER_ENV] === '1',
    prePlugins: [wrongWorkerGuard(me, run)],
    onStorePrepared: () => send({ type: 'vs:prepared' }),
  });
  process.off('message', buffer);

  let closed = false;
  const stopDraining = new AbortController();
  const done = Promise.withResolvers<void>();
  const close = (reason: string) => {
    if (closed) return;
    closed = true;
    clearInterval(reporter);
    void server
      .close(reason, { stopDraining: stopDraining.signal })
      .catch((err: unknown) => log.error({ err }, 'shutting down failed'))
      .finally(done.resolve);
  };

  const report = () => send({ type: 'vs:load', live: server.sessions.activeCount });
  server.sessions.on('started', report);
  server.sessions.on('ended', report);
  const reporter = setInterval(report, LOAD_REPORT_MS);
  reporter.unref();

  const handle = (raw: unknown, socket: unknown) => {
    const parsed = toWorkerSchema.safeParse(raw);
    if (!parsed.success) return;
    const msg = parsed.data;
    switch (msg.type) {
      case 'vs:conn': {
        const sock = socket as net.Socket | undefined;
        if (!sock) return;
        // While draining, served as usual: /start answers 503, a reserved session still connects.
        sock.unshift(Buffer.from(msg.head, 'base64'));
        server.app.server.emit('connection', sock);
        sock.resume();
        return;
      }
      case 'vs:list':
        return send({
          type: 'vs:list-reply',
          id: msg.id,
          sessions: server.sessions.list(msg.userId !== undefined ? { userId: msg.userId } : {}),
        });
      case 'vs:list-result':
        return answers.get(msg.id)?.(msg.sessions as never);
      case 'vs:metrics':
        countActiveSessions(server.metrics, server.sessions);
        void server.metrics.registry
          .getMetricsAsJSON()
          .then((metrics) => send({ type: 'vs:metrics-reply', id: msg.id, metrics }))
          .catch((err: unknown) => log.error({ err }, 'reading the metrics failed'));
        return;
      case 'vs:metrics-result':
        return answers.get(msg.id)?.(msg.text as never);
      case 'vs:drain':
        return close(msg.reason);
      case 'vs:stop-draining':
        return stopDraining.abort('stop draining');
      case 'vs:recover':
        void server
          .recoverSessions(msg.prefixes)
          .then((sessions) => send({ type: 'vs:recovered', prefixes: msg.prefixes, sessions }))
          .catch((err: unknown) => log.error({ err }, "closing a crashed worker's conversations failed"));
    }
  };
  process.on('message', handle);
  for (const msg of early) handle(msg, undefined);
  // SIGTERM to this worker alone (an operator): it drains like a single process.
  process.on('SIGTERM', () => (closed ? stopDraining.abort('SIGTERM') : close('SIGTERM')));
  // The primary is gone: nothing routes here any more; finish what runs and exit.
  process.on('disconnect', () => close('primary exited'));
  if (!process.connected) close('primary exited while this worker started');
  send({ type: 'vs:ready' });
  report();

  await done.promise;
  process.off('message', handle);
  return 0;
}
