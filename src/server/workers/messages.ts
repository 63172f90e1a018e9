/** IPC between the primary and its workers (one process per core), checked on arrival. */
import { z } from 'zod';
import type { SessionInfo } from '../sessions.ts';

/** A SessionInfo as it crosses processes (checked loosely: it was made by our own code). */
const sessionInfo = z.custom<SessionInfo>(
  (v) => typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string',
  'not a session',
);

export const toWorkerSchema = z.discriminatedUnion('type', [
  /** A connection handed over with the bytes the primary already read from it (base64). */
  z.object({ type: z.literal('vs:conn'), head: z.string() }),
  /** Stop taking sessions, let the live ones finish (SHUTDOWN_DRAIN_S), end the rest, exit. */
  z.object({ type: z.literal('vs:drain'), reason: z.string() }),
  /** A second signal: end the drain now. */
  z.object({ type: z.literal('vs:stop-draining') }),
  /** Close, as interrupted, the conversations crashed workers left open (by their id prefixes). */
  z.object({ type: z.literal('vs:recover'), prefixes: z.array(z.string().min(1)) }),
  /** Send this worker's sessions (for another worker's GET /api/sessions). */
  z.object({ type: z.literal('vs:list'), id: z.number().int(), userId: z.string().optional() }),
  /** Every worker's sessions, answering this worker's vs:list-request. */
  z.object({ type: z.literal('vs:list-result'), id: z.number().int(), sessions: z.array(sessionInfo) }),
  /** Send this worker's metrics (prom-client's getMetricsAsJSON) for another worker's /metrics. */
  z.object({ type: z.literal('vs:metrics'), id: z.number().int() }),
  /** Every worker's metrics aggregated (Prometheus text), answering vs:metrics-request. */
  z.object({ type: z.literal('vs:metrics-result'), id: z.number().int(), text: z.string() }),
]);
export type ToWorker = z.infer<typeof toWorkerSchema>;

export const fromWorkerSchema = z.discriminatedUnion('type', [
  /** The first worker migrated the store and loaded the catalog: the others may start. */
  z.object({ type: z.literal('vs:prepared') }),
  z.object({ type: z.literal('vs:ready') }),
  /** Live (reserved or running) sessions of the worker: the primary sends new ones to the fewest. */
  z.object({ type: z.literal('vs:load'), live: z.number().int().min(0) }),
  z.object({ type: z.literal('vs:recovered'), prefixes: z.array(z.string()), sessions: z.number().int() }),
  /** GET /api/sessions on this worker: the primary gathers every worker's list. */
  z.object({ type: z.literal('vs:list-request'), id: z.number().int(), userId: z.string().optional() }),
  z.object({ type: z.literal('vs:list-reply'), id: z.number().int(), sessions: z.array(sessionInfo) }),
  /** GET /metrics on this worker: the primary aggregates every worker's metrics. */
  z.object({ type: z.literal('vs:metrics-request'), id: z.number().int() }),
  z.object({ type: z.literal('vs:metrics-reply'), id: z.number().int(), metrics: z.array(z.unknown()) }),
]);
export type FromWorker = z.infer<typeof fromWorkerSchema>;

/** Environment the primary gives a worker: whether it closes every conversation left open at start. */
export const RECOVER_ENV = 'VOICE_SHOPPER_WORKER_RECOVER';
