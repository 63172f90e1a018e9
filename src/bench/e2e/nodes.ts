/**
 * Several `voice-shopper start` processes as nodes of one cluster on this machine (issue 18):
 * a fresh PostgreSQL database and a fresh Redis key prefix for the run, one free port, NODE_ID
 * and NODE_URL per node, one session secret and admin token for all. `stop()` ends the nodes
 * and removes the database and the keys. Used by the node-failure bench and the concurrency
 * bench's `nodes3` topology.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';
import { z } from 'zod';
import { freePort } from './free-port.ts';
import { type ServerProcess, startServerProcess } from './server-process.ts';

export const clusterEnvSchema = z.object({
  BENCH_DATABASE_URL: z.url().default('postgres://postgres@127.0.0.1:5432/test'),
  BENCH_REDIS_URL: z.url().default('redis://127.0.0.1:6379'),
});

export interface BenchNode {
  id: string;
  server: ServerProcess;
}

export interface BenchNodes {
  nodes: BenchNode[];
  /** The admin token every node accepts (the servers' own `adminToken` is not theirs here). */
  adminToken: string;
  /** The Redis key prefix of this run. */
  prefix: string;
  stop(): Promise<void>;
}

export interface StartNodesOptions {
  count: number;
  /** Environment every node gets (on top of the cluster's own). */
  env?: Record<string, string>;
  args?: string[];
  cpuProfDir?: string;
  heartbeatS?: number;
  timeoutS?: number;
  databaseUrl?: string;
  redisUrl?: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts `count` nodes at once, as an orchestrator starts replicas (the migrations take a
 * lock), and resolves once every one is in the cluster's node list.
 */
export async function startNodes(opts: StartNodesOptions): Promise<BenchNodes> {
  const env = clusterEnvSchema.parse(process.env);
  const baseDb = opts.databaseUrl ?? env.BENCH_DATABASE_URL;
  const redisUrl = opts.redisUrl ?? env.BENCH_REDIS_URL;
  const suffix = randomBytes(4).toString('hex');
  const dbName = `vs_bench_nodes_${process.pid}_${suffix}`;
  const prefix = `vs-bench-${suffix}:`;
  const adminToken = randomBytes(18).toString('base64url');
  const secret = randomBytes(24).toString('hex');

  const admin = new pg.Client({ connectionString: baseDb });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const databaseUrl = new URL(baseDb);
  databaseUrl.pathname = `/${dbName}`;

  const nodes: BenchNode[] = [];
  const stop = async () => {
    await Promise.all(nodes.map((n) => n.server.stop().catch(() => undefined)));
    const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
    await redis.connect().catch(() => undefined);
    const keys = await redis.keys(`${prefix}*`).catch(() => [] as string[]);
    if (keys.length) await redis.del(...keys).catch(() => undefined);
    redis.disconnect();
    const drop = new pg.Client({ connectionString: baseDb });
    await drop.connect();
    await drop.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await drop.end();
  };
  try {
    const ids = Array.from({ length: opts.count }, (_, i) => `n${i + 1}`);
    const ports: number[] = [];
    for (const _ of ids) ports.push(await freePort());
    const started = await Promise.allSettled(
      ids.map((id, i) =>
        startServerProcess({
          startTimeoutMs: 240_000,
          ...(opts.args ? { args: opts.args } : {}),
          ...(opts.cpuProfDir ? { cpuProfDir: opts.cpuProfDir } : {}),
          env: {
            ...opts.env,
            PORT: String(ports[i]),
            DATABASE_URL: databaseUrl.toString(),
            REDIS_URL: redisUrl,
            REDIS_KEY_PREFIX: prefix,
            NODE_ID: id,
            NODE_URL: `http://127.0.0.1:${ports[i]}`,
            ...(opts.heartbeatS ? { NODE_HEARTBEAT_S: String(opts.heartbeatS) } : {}),
            ...(opts.timeoutS ? { NODE_TIMEOUT_S: String(opts.timeoutS) } : {}),
            SESSION_SECRET: secret,
            ADMIN_TOKEN: adminToken,
          },
        }),
      ),
    );
    for (const [i, s] of started.entries())
      if (s.status === 'fulfilled') nodes.push({ id: ids[i]!, server: s.value });
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
    await untilNodes(nodes[0]!.server.url, adminToken, opts.count, 60_000);
  } catch (err) {
    await stop().catch(() => undefined);
    throw err;
  }
  return { nodes, adminToken, prefix, stop };
}

/** The cluster's node list as one node reports it. */
export async function clusterNodes(url: string, adminToken: string): Promise<{ id: string }[]> {
  const res = await fetch(`${url}/api/admin/cluster`, { headers: { authorization: `Bearer ${adminToken}` } });
  if (!res.ok) throw new Error(`${url}/api/admin/cluster: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { nodes: { id: string }[] }).nodes;
}

async function untilNodes(url: string, adminToken: string, count: number, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const n = await clusterNodes(url, adminToken).then(
      (nodes) => nodes.length,
      () => 0,
    );
    if (n === count) return;
    if (performance.now() > deadline)
      throw new Error(`only ${n} of ${count} nodes registered in ${timeoutMs} ms`);
    await sleep(50);
  }
}
