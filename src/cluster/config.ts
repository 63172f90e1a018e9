/**
 * Settings of a node in a cluster of nodes coordinated through Redis (issue #18). Unset
 * REDIS_URL: one node, everything as before.
 */
import { hostname } from 'node:os';
import { z } from 'zod';
import { defineSection } from '../config/section.ts';

export const clusterEnvSchema = z.object({
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'REDIS_URL must start with redis:// or rediss://')
    .optional()
    .describe(
      'Redis that the nodes of a cluster coordinate through (heartbeats, placement, one-use tokens, rate limits, the debug stream); requires DATABASE_URL (PostgreSQL), SESSION_SECRET and NODE_URL. Unset: a single node.',
    ),
  REDIS_KEY_PREFIX: z
    .string()
    .min(1)
    .max(64)
    .default('vs:')
    .describe('Prefix of every Redis key and channel of this cluster (two clusters can share one Redis).'),
  NODE_ID: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,100}$/, 'NODE_ID may hold letters, digits, dot, dash and underscore (1–100)')
    .optional()
    .describe("This node's name in the cluster (default: hostname-pid; a restarted process is a new node)."),
  NODE_URL: z
    .url()
    .optional()
    .describe(
      "This node's own base URL as clients reach it (http://10.0.0.5:7860): /start on another node hands it out as the wsUrl's base.",
    ),
  NODE_CAPACITY: z.coerce
    .number()
    .int()
    .min(0)
    .optional()
    .describe('Sessions this node offers the cluster (default: MAX_SESSIONS); 0 takes no new sessions.'),
  NODE_HEARTBEAT_S: z.coerce
    .number()
    .positive()
    .max(60)
    .default(2)
    .describe('How often a node refreshes its registration (capacity, live sessions, health).'),
  NODE_TIMEOUT_S: z.coerce
    .number()
    .positive()
    .max(600)
    .default(10)
    .describe(
      "A node silent this long is dead: placement skips it and a live node ends its sessions in the store (reason 'node lost').",
    ),
});

export type ClusterEnv = z.infer<typeof clusterEnvSchema>;

/** NODE_ID, or hostname-pid: the same value wherever this process asks. */
export function nodeId(env: Pick<ClusterEnv, 'NODE_ID'>): string {
  return env.NODE_ID ?? `${hostname()}-${process.pid}`;
}

export const clusterSection = defineSection({
  title: 'Many nodes (Redis)',
  schema: clusterEnvSchema.refine((v) => v.NODE_TIMEOUT_S > v.NODE_HEARTBEAT_S * 2, {
    message: 'NODE_TIMEOUT_S must be more than twice NODE_HEARTBEAT_S (a late heartbeat is not a death)',
    path: ['NODE_TIMEOUT_S'],
  }),
  notes: 'README, "Many nodes": what works across nodes and how failures behave.',
});
