/**
 * One process per core (`WORKERS` > 1): every id a client brings back on a new connection — a
 * session id, a transport token, a WebRTC pc_id — starts with the tag of the worker process that
 * made it (`w3-…`), so the primary routes that connection to the same worker without keeping any
 * state. A single process (the default) has no tag and its ids are unchanged.
 *
 * A leaf module (node built-ins only): the session manager and the transports both tag ids with it.
 */
import cluster from 'node:cluster';
import { randomBytes } from 'node:crypto';
import { processEnv } from '../config/process.ts';

/** Set by the primary in the environment of the workers it forks (src/server/workers/primary.ts). */
export const WORKER_ENV_MARK = 'VOICE_SHOPPER_WORKER';

/**
 * `w<id>.<run>-`: node:cluster's worker id (never reused while the primary lives, so a restarted
 * worker does not inherit its predecessor's sessions) and the primary's random run id (so ids
 * from another machine or an earlier run sharing the database never match a worker here).
 */
export function workerTagOf(workerId: number, run: string): string {
  return `w${workerId}.${run}-`;
}

/** The primary's run id as its workers see it; undefined outside a worker. */
function workerRun(): string | undefined {
  const run = processEnv()[WORKER_ENV_MARK];
  return run && RUN.test(run) && cluster.worker ? run : undefined;
}

const RUN = /^[a-z0-9]{1,12}$/;

/** A run id for a new primary. */
export function newRunId(): string {
  return randomBytes(4).toString('hex');
}

/** This process's tag: `w<id>.<run>-` in a worker forked by our primary, '' otherwise. */
export function processWorkerTag(): string {
  const run = workerRun();
  return run && cluster.worker ? workerTagOf(cluster.worker.id, run) : '';
}

/** This worker's id, or undefined outside a worker. */
export function processWorkerId(): number | undefined {
  return workerRun() && cluster.worker ? cluster.worker.id : undefined;
}

const TAGGED = /^(?:pc-)?w(\d{1,9})\.([a-z0-9]{1,12})-/;

/** The worker an id was made by (a session id, token or pc_id) and the run, or undefined for an untagged id. */
export function workerOfId(id: string): { workerId: number; run: string } | undefined {
  const match = TAGGED.exec(id);
  return match ? { workerId: Number(match[1]), run: match[2]! } : undefined;
}

/**
 * Path prefix for URLs handed to clients that can carry neither a query nor a known id in the
 * request (Twilio's stream URL takes no query string): the primary strips `/_w/<id>` and routes
 * the connection to that worker. '' outside a worker.
 */
export function workerPathPrefix(): string {
  const id = processWorkerId();
  return id === undefined ? '' : `/_w/${id}.${workerRun()}`;
}
