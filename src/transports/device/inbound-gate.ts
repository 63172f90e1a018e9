/**
 * What a device sends is admitted here before the transport acts on it: the message rate (a
 * token bucket; a sustained flood closes the socket), JSON and binary framing, the schema, and
 * sequence numbers strictly increasing across reconnects. Each refusal is answered with an
 * `error` naming the refused sequence, except that rate-limit errors are themselves limited:
 * a flood must not be answered by a flood.
 */
import type { Logger } from '../../log/logger.ts';
import type { Clock } from '../../pipeline/index.ts';
import type { DeviceEnv } from './config.ts';
import { TokenBucket } from './limits.ts';
import {
  type BinaryAudioFrame,
  type BinaryFrameError,
  type DeviceErrorCode,
  type DeviceMessage,
  decodeBinaryAudio,
  deviceMessageSchema,
} from './protocol.ts';

/** A refused-message error at most this often: a flood must not be answered by a flood. */
const ERROR_EVERY_MS = 1000;

export interface InboundGateHost {
  settings: DeviceEnv;
  clock: Clock;
  log: Logger;
  sendError: (code: DeviceErrorCode, message: string, refSequence?: number, fatal?: boolean) => void;
  /** A refusal not answered (rate-limit errors are limited), counted all the same. */
  countRefused: () => void;
  /** The device flooded for too long: its socket is closed. */
  closeForFlood: () => void;
}

export type Admitted =
  | { kind: 'message'; message: DeviceMessage }
  | { kind: 'binary'; frame: BinaryAudioFrame };

export class InboundGate {
  readonly #host: InboundGateHost;
  readonly #bucket: TokenBucket;
  #lastInSeq = -1;
  #floodDrops = 0;
  #lastErrorAt = Number.NEGATIVE_INFINITY;

  constructor(host: InboundGateHost) {
    this.#host = host;
    this.#bucket = new TokenBucket(
      host.settings.DEVICE_MAX_MESSAGES_PER_SECOND,
      host.settings.DEVICE_MESSAGE_BURST,
      host.clock,
    );
  }

  /** The highest sequence received from the device (-1: none yet). */
  get lastSequence(): number {
    return this.#lastInSeq;
  }

  /** A new socket whose handshake carried `handshakeSeq`: a fresh flood count. */
  bound(handshakeSeq: number): void {
    this.#lastInSeq = Math.max(this.#lastInSeq, handshakeSeq);
    this.#floodDrops = 0;
  }

  /** The message, or undefined when it was refused (and answered as such). */
  admit(data: Uint8Array | string): Admitted | undefined {
    if (!this.#takeToken()) return undefined;
    if (typeof data !== 'string') return this.#binary(data);
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      this.refuse('invalid_json', 'message is not JSON');
      return undefined;
    }
    const type = (json as { type?: unknown } | null)?.type;
    const seq = (json as { sequence?: unknown } | null)?.sequence;
    const refSeq = typeof seq === 'number' ? seq : undefined;
    const parsed = deviceMessageSchema.safeParse(json);
    if (!parsed.success) {
      const known =
        typeof type === 'string' && ['handshake', 'audio_chunk', 'control', 'heartbeat'].includes(type);
      if (!known) this.refuse('unknown_type', `unknown message type ${JSON.stringify(type)}`, refSeq);
      else this.refuse('invalid_message', describe(parsed.error.issues), refSeq);
      return undefined;
    }
    if (!this.#acceptSequence(parsed.data.sequence)) return undefined;
    return { kind: 'message', message: parsed.data };
  }

  refuse(code: DeviceErrorCode, message: string, refSequence?: number): void {
    this.#host.log.debug({ code, message, refSequence }, 'device message refused');
    const now = this.#host.clock.now();
    if (code === 'rate_limited' && now - this.#lastErrorAt < ERROR_EVERY_MS) {
      this.#host.countRefused();
      return;
    }
    if (code === 'rate_limited') this.#lastErrorAt = now;
    this.#host.sendError(code, message, refSequence);
  }

  #binary(data: Uint8Array): Admitted | undefined {
    let frame: BinaryAudioFrame;
    try {
      frame = decodeBinaryAudio(data);
    } catch (err) {
      this.refuse('invalid_message', (err as BinaryFrameError).message);
      return undefined;
    }
    if (!this.#acceptSequence(frame.sequence)) return undefined;
    return { kind: 'binary', frame };
  }

  /** Strictly increasing per device across reconnects: a repeat is a resend, a lower one stale. */
  #acceptSequence(seq: number): boolean {
    if (seq > this.#lastInSeq) {
      this.#lastInSeq = seq;
      return true;
    }
    if (seq === this.#lastInSeq)
      this.refuse('sequence_repeated', `sequence ${seq} was already received; ignored`, seq);
    else
      this.refuse(
        'sequence_out_of_order',
        `sequence ${seq} is older than the last received (${this.#lastInSeq}); ignored`,
        seq,
      );
    return false;
  }

  /** A sustained flood (more drops in a row than the burst) closes the socket. */
  #takeToken(): boolean {
    if (this.#bucket.take()) {
      this.#floodDrops = 0;
      return true;
    }
    this.#floodDrops++;
    const { settings } = this.#host;
    if (this.#floodDrops > settings.DEVICE_MESSAGE_BURST) {
      this.#host.log.warn({ drops: this.#floodDrops }, 'device flooding; connection closed');
      this.#host.sendError(
        'rate_limited',
        'too many messages for too long; connection closed',
        undefined,
        true,
      );
      this.#host.closeForFlood();
      return false;
    }
    this.refuse(
      'rate_limited',
      `over ${settings.DEVICE_MAX_MESSAGES_PER_SECOND} messages per second; message dropped`,
    );
    return false;
  }
}

function describe(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 3)
    .map((i) => `${i.path.length > 0 ? i.path.map(String).join('.') : '(root)'}: ${i.message}`)
    .join('; ');
}
