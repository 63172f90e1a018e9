/**
 * Requests from one node to another over Redis pub/sub (end a session the other node holds),
 * each answered or timed out: a node that does not answer is reported, never assumed obeyed.
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import type { Clock, TimerHandle } from '../pipeline/clock.ts';
import { clusterKeys } from './keys.ts';
import { ClusterUnavailableError } from './redis.ts';

export const nodeCommandSchema = z.object({
  kind: z.literal('end-session'),
  sessionId: z.string().min(1).max(200),
  reason: z.string().max(500),
});
export type NodeCommand = z.infer<typeof nodeCommandSchema>;

const requestSchema = z.object({ id: z.string(), from: z.string(), command: nodeCommandSchema });
const replySchema = z.object({
  id: z.string(),
  ok: z.boolean(),
  result: z.unknown().optional(),
  error: z.string().optional(),
});

/** The other node did not answer in time (it may be dead or cut off). */
export class NodeUnreachableError extends Error {
  override name = 'NodeUnreachableError';
  readonly statusCode = 503;
  readonly expose = true;
}

export class NodeCommands {
  readonly #redis: Redis;
  readonly #subscriber: Redis;
  readonly #self: string;
  readonly #keys: ReturnType<typeof clusterKeys>;
  readonly #clock: Clock;
  readonly #pending = new Map<
    string,
    { resolve(v: unknown): void; reject(e: Error): void; timer: TimerHandle }
  >();
  #handler: ((command: NodeCommand) => Promise<unknown>) | undefined;

  constructor(opts: { redis: Redis; subscriber: Redis; prefix: string; selfId: string; clock: Clock }) {
    this.#redis = opts.redis;
    this.#subscriber = opts.subscriber;
    this.#self = opts.selfId;
    this.#keys = clusterKeys(opts.prefix);
    this.#clock = opts.clock;
  }

  async start(handler: (command: NodeCommand) => Promise<unknown>): Promise<void> {
    this.#handler = handler;
    this.#subscriber.on('message', this.#onMessage);
    await this.#subscriber.subscribe(
      this.#keys.commandChannel(this.#self),
      this.#keys.replyChannel(this.#self),
    );
  }

  /** Sends `command` to `nodeId` and resolves with its answer; rejects when it fails or does not answer. */
  async request(nodeId: string, command: NodeCommand, timeoutMs = 5_000): Promise<unknown> {
    const id = randomUUID();
    const answer = new Promise<unknown>((resolve, reject) => {
      const timer = this.#clock.setTimer(() => {
        this.#pending.delete(id);
        reject(
          new NodeUnreachableError(`node ${nodeId} did not answer within ${timeoutMs / 1000} s; try again`),
        );
      }, timeoutMs);
      this.#pending.set(id, { resolve, reject, timer });
    });
    let receivers: number;
    try {
      receivers = await this.#redis.publish(
        this.#keys.commandChannel(nodeId),
        JSON.stringify({ id, from: this.#self, command }),
      );
    } catch (err) {
      this.#settle(id);
      throw new ClusterUnavailableError(`asking node ${nodeId}`, err);
    }
    if (receivers === 0) {
      this.#settle(id);
      throw new NodeUnreachableError(`node ${nodeId} is not connected to the cluster; it may have stopped`);
    }
    return answer;
  }

  stop(): void {
    this.#subscriber.off('message', this.#onMessage);
    for (const id of [...this.#pending.keys()]) this.#settle(id)?.reject(new Error('cluster closing'));
  }

  #settle(id: string) {
    const entry = this.#pending.get(id);
    if (!entry) return undefined;
    this.#pending.delete(id);
    entry.timer.cancel();
    return entry;
  }

  readonly #onMessage = (channel: string, message: string): void => {
    if (channel === this.#keys.replyChannel(this.#self)) {
      const reply = parse(replySchema, message);
      if (!reply) return;
      const entry = this.#settle(reply.id);
      if (!entry) return;
      if (reply.ok) entry.resolve(reply.result);
      else entry.reject(new Error(reply.error ?? 'the other node failed'));
      return;
    }
    if (channel !== this.#keys.commandChannel(this.#self)) return;
    const request = parse(requestSchema, message);
    if (!request || !this.#handler) return;
    const answer = (body: z.infer<typeof replySchema>) =>
      void this.#redis
        .publish(this.#keys.replyChannel(request.from), JSON.stringify(body))
        .catch(() => undefined);
    this.#handler(request.command).then(
      (result) => answer({ id: request.id, ok: true, result }),
      (err: unknown) =>
        answer({ id: request.id, ok: false, error: err instanceof Error ? err.message : String(err) }),
    );
  };
}

function parse<T>(schema: z.ZodType<T>, message: string): T | undefined {
  try {
    const result = schema.safeParse(JSON.parse(message));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}
