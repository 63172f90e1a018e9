/** Every Redis key and channel of a cluster, under its prefix (one place, so none collide). */
import { createHash } from 'node:crypto';

export function clusterKeys(prefix: string) {
  return {
    /** Set of node ids that registered (alive or not yet declared dead). */
    nodes: `${prefix}nodes`,
    /** Hash {url, capacity, live, draining, startedAt}; expires NODE_TIMEOUT_S after the last heartbeat. */
    node: (id: string) => `${prefix}node:${id}`,
    /** Sorted set of placements promised to a node and not yet connected: member = token hash, score = expiry (ms). */
    holds: (id: string) => `${prefix}holds:${id}`,
    /** A session placed on another node: `nodeId\nspec JSON`, until claimed (GETDEL) or the connect timeout. */
    claim: (tokenHash: string) => `${prefix}claim:${tokenHash}`,
    /** One winner declares a node dead (SET NX). */
    deathLock: (id: string) => `${prefix}lock:dead:${id}`,
    /** Set once a node was declared dead: a node finding its own knows its sessions were ended. */
    lost: (id: string) => `${prefix}lost:${id}`,
    /** Fixed-window rate counters. */
    rate: (name: string, key: string) => `${prefix}rate:${name}:${key}`,
    /** @fastify/rate-limit's own namespace. */
    rateLimitNamespace: `${prefix}rl:`,
    /** Pub/sub: every node's debug events. */
    debugChannel: `${prefix}debug`,
    /** Pub/sub: commands to one node (end a session it holds). */
    commandChannel: (id: string) => `${prefix}cmd:${id}`,
    /** Pub/sub: answers to one node's commands. */
    replyChannel: (id: string) => `${prefix}reply:${id}`,
  };
}

export type ClusterKeys = ReturnType<typeof clusterKeys>;

/** Tokens are secrets: Redis only ever sees their hash. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
