/**
 * Carries the debug stream between nodes over Redis pub/sub, so /ws/debug (and the console) on
 * any node shows every node's sessions. Nothing is published while no node has a watcher: a
 * node subscribes to the stream only while it has local watchers, announces its first one, and
 * publishers check the subscriber count on every heartbeat.
 */
import type { Redis } from 'ioredis';
import { childLogger } from '../log/logger.ts';
import { clusterKeys } from './keys.ts';

const log = childLogger({ component: 'cluster-debug' });

export interface RelayedEvent {
  sessionId: string;
  kind: string;
  at: number;
  data: unknown;
  /** The node the session runs on (set on events that crossed nodes). */
  node?: string;
}

/** The local debug bus, as the relay sees it. */
export interface LocalDebugBus {
  publish(event: RelayedEvent): void;
  subscribe(listener: (event: RelayedEvent) => void): () => void;
  readonly subscribers: number;
  /** Called with the subscriber count whenever it changes. */
  onSubscribers?: ((count: number) => void) | undefined;
}

export class DebugRelay {
  readonly #bus: LocalDebugBus;
  readonly #redis: Redis;
  readonly #subscriber: Redis;
  readonly #self: string;
  readonly #channel: string;
  readonly #hello: string;
  #remoteWatching = false;
  #subscribed = false;
  #unsubscribe: (() => void) | undefined;

  constructor(opts: { bus: LocalDebugBus; redis: Redis; subscriber: Redis; prefix: string; selfId: string }) {
    this.#bus = opts.bus;
    this.#redis = opts.redis;
    this.#subscriber = opts.subscriber;
    this.#self = opts.selfId;
    const keys = clusterKeys(opts.prefix);
    this.#channel = keys.debugChannel;
    this.#hello = `${keys.debugChannel}:hello`;
  }

  async start(): Promise<void> {
    this.#subscriber.on('message', this.#onMessage);
    await this.#subscriber.subscribe(this.#hello);
    this.#unsubscribe = this.#bus.subscribe((event) => {
      if (event.node !== undefined || !this.#remoteWatching) return;
      this.#redis
        .publish(this.#channel, JSON.stringify({ ...event, node: this.#self }))
        .catch(() => undefined);
    });
    this.#bus.onSubscribers = () => void this.#localWatchersChanged();
    await this.refresh();
  }

  /** Re-reads whether any node watches (each heartbeat; Redis may have restarted). */
  async refresh(): Promise<void> {
    const reply = (await this.#redis.call('PUBSUB', 'NUMSUB', this.#channel)) as [string, number];
    const others = Number(reply[1]) - (this.#subscribed ? 1 : 0);
    this.#remoteWatching = others > 0;
  }

  get remoteWatching(): boolean {
    return this.#remoteWatching;
  }

  async stop(): Promise<void> {
    this.#unsubscribe?.();
    this.#bus.onSubscribers = undefined;
    this.#subscriber.off('message', this.#onMessage);
  }

  /** Local watchers are the bus's subscribers besides the relay itself. */
  async #localWatchersChanged(): Promise<void> {
    const watching = this.#bus.subscribers - 1 > 0;
    if (watching === this.#subscribed) return;
    this.#subscribed = watching;
    try {
      if (watching) {
        await this.#subscriber.subscribe(this.#channel);
        await this.#redis.publish(this.#hello, this.#self);
      } else await this.#subscriber.unsubscribe(this.#channel);
    } catch (err) {
      log.warn({ err }, 'subscribing to the cluster debug stream failed');
    }
  }

  readonly #onMessage = (channel: string, message: string): void => {
    if (channel === this.#hello) {
      if (message !== this.#self) this.#remoteWatching = true;
      return;
    }
    if (channel !== this.#channel) return;
    let event: RelayedEvent;
    try {
      event = JSON.parse(message) as RelayedEvent;
    } catch {
      return;
    }
    if (event.node === this.#self || typeof event.sessionId !== 'string') return;
    this.#bus.publish(event);
  };
}
