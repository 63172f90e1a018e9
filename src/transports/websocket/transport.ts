/**
 * WebSocketTransport: the Pipecat websocket-transport protocol (protobuf `Frame` in binary WS
 * messages) over any TransportConnection. 16 kHz PCM16 in, paced 24 kHz PCM16 out, RTVI inside
 * message frames. The server only ever sends binary frames (client-js drops text frames).
 *
 * Bad input never ends the session: malformed, oversized and text frames are answered with a
 * non-fatal RTVI `error`; frame kinds the server has no use for (text, transcription,
 * interruption) are logged and ignored. The client closing the socket cancels the pipeline.
 */
import { bytesToInt16, int16ToBytes } from '../../audio/pcm16.ts';
import type { Logger } from '../../log/logger.ts';
import { childLogger } from '../../log/logger.ts';
import type { Clock, PipelineTask } from '../../pipeline/index.ts';
import { type RtviServerMessage, serverMessage, toRtviServerMessage } from '../../rtvi/messages.ts';
import { BaseInputTransport } from '../base-input.ts';
import { BaseOutputTransport } from '../base-output.ts';
import type { TransportConnection } from '../connection.ts';
import {
  decodeFrame,
  encodeAudioFrame,
  encodeMessageFrame,
  MAX_MESSAGE_BYTES,
  ProtobufFrameError,
} from './protobuf.ts';

export interface WebSocketTransportOptions {
  connection: TransportConnection;
  clock?: Clock;
  /** Client player rate (default 24000). */
  outputSampleRate?: number;
  /** Rate assumed when a client audio frame says 0 (default 16000). */
  inputSampleRate?: number;
  maxMessageBytes?: number;
  chunkMs?: number;
  silenceStopMs?: number;
  /** Send audio this far ahead of the client's playback (BaseOutputTransport's leadMs). */
  leadMs?: number;
  /** Name prefix for the processors and the log context. */
  name?: string;
  logger?: Logger;
}

export interface WebSocketTransportStats {
  audioFramesIn: number;
  messagesIn: number;
  malformed: number;
  oversized: number;
  ignored: number;
  audioFramesOut: number;
  messagesOut: number;
}

export class WebSocketInputTransport extends BaseInputTransport {}

export class WebSocketOutputTransport extends BaseOutputTransport {
  readonly #transport: WebSocketTransport;
  constructor(transport: WebSocketTransport, opts: ConstructorParameters<typeof BaseOutputTransport>[0]) {
    super(opts);
    this.#transport = transport;
  }
  protected override writeAudio(chunk: Int16Array): void {
    this.#transport.sendAudio(chunk);
  }
  protected override writeMessage(message: unknown): void {
    const msg = toRtviServerMessage(message);
    if (msg) this.#transport.sendRtvi(msg);
  }
}

export class WebSocketTransport {
  readonly input: WebSocketInputTransport;
  readonly output: WebSocketOutputTransport;
  readonly stats: WebSocketTransportStats = {
    audioFramesIn: 0,
    messagesIn: 0,
    malformed: 0,
    oversized: 0,
    ignored: 0,
    audioFramesOut: 0,
    messagesOut: 0,
  };
  readonly #conn: TransportConnection;
  readonly #outputRate: number;
  readonly #inputRate: number;
  readonly #maxBytes: number;
  readonly #log: Logger;
  #closed = false;
  #closeCallbacks: ((code: number, reason: string) => void)[] = [];

  constructor(opts: WebSocketTransportOptions) {
    this.#conn = opts.connection;
    this.#outputRate = opts.outputSampleRate ?? 24_000;
    this.#inputRate = opts.inputSampleRate ?? 16_000;
    this.#maxBytes = opts.maxMessageBytes ?? MAX_MESSAGE_BYTES;
    const name = opts.name ?? 'ws';
    this.#log = opts.logger ?? childLogger({ component: 'ws-transport', transport: name });
    this.input = new WebSocketInputTransport({ name: `${name}:input`, clock: opts.clock });
    this.output = new WebSocketOutputTransport(this, {
      name: `${name}:output`,
      clock: opts.clock,
      sampleRate: this.#outputRate,
      chunkMs: opts.chunkMs,
      silenceStopMs: opts.silenceStopMs,
      leadMs: opts.leadMs,
    });
    this.#conn.onMessage((data) => this.#onMessage(data));
    this.#conn.onClose((code, reason) => {
      this.#closed = true;
      this.#log.debug({ code, reason }, 'client connection closed');
      for (const cb of this.#closeCallbacks) cb(code, reason);
    });
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Called once when the client connection is gone. */
  onClientDisconnected(cb: (code: number, reason: string) => void): void {
    this.#closeCallbacks.push(cb);
  }

  /**
   * Ties the connection's life to a task: the client leaving cancels the task, the task
   * finishing (end, cancel, fatal error) closes the connection.
   */
  attach(task: PipelineTask): void {
    this.onClientDisconnected(() => void task.cancel('client disconnected'));
    void task
      .whenFinished()
      .then(({ reason }) => this.close(1000, reason === 'end' ? 'session ended' : 'session cancelled'));
  }

  /** Sends an RTVI message at once (the urgent path; RTVI processor and observer use it). */
  sendRtvi(message: RtviServerMessage): void {
    if (this.#closed) return;
    let bytes: Uint8Array;
    try {
      bytes = encodeMessageFrame(message, { maxMessageBytes: this.#maxBytes });
    } catch (err) {
      this.#log.warn({ err, type: message.type }, 'dropping outgoing RTVI message');
      return;
    }
    this.stats.messagesOut++;
    this.#conn.send(bytes);
  }

  sendAudio(chunk: Int16Array): void {
    if (this.#closed) return;
    this.stats.audioFramesOut++;
    this.#conn.send(encodeAudioFrame(int16ToBytes(chunk), this.#outputRate, 1));
  }

  close(code = 1000, reason = ''): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#conn.close(code, reason);
  }

  #onMessage(data: Uint8Array | string): void {
    if (this.#closed) return;
    if (typeof data === 'string') {
      this.stats.malformed++;
      this.#reject('Text WebSocket frames are not supported: send protobuf Frame messages as binary frames');
      return;
    }
    let frame: ReturnType<typeof decodeFrame>;
    try {
      frame = decodeFrame(data, { maxMessageBytes: this.#maxBytes });
    } catch (err) {
      if (err instanceof ProtobufFrameError && err.reason === 'oversized') this.stats.oversized++;
      else this.stats.malformed++;
      this.#reject((err as Error).message);
      return;
    }
    switch (frame.kind) {
      case 'audio': {
        const rate = frame.sampleRate || this.#inputRate;
        const channels = frame.numChannels || 1;
        if (rate < 8000 || rate > 48_000 || channels > 2 || frame.audio.byteLength % (2 * channels) !== 0) {
          this.stats.malformed++;
          this.#reject(
            `Unsupported audio frame: ${frame.audio.byteLength} bytes, ${rate} Hz, ${channels} channels (expected PCM16 LE, 8–48 kHz, mono)`,
          );
          return;
        }
        this.stats.audioFramesIn++;
        // A view of (or, when unaligned, a copy of) this message's own bytes, which ws never
        // reuses: the input transport need not copy it again.
        this.input.pushAudio(bytesToInt16(frame.audio), rate, channels, true);
        return;
      }
      case 'message':
        this.stats.messagesIn++;
        if (!this.input.pushMessage(frame.data))
          this.#log.warn('client message dropped (pipeline not started)');
        return;
      default:
        this.stats.ignored++;
        this.#log.debug({ kind: frame.kind }, 'ignoring client frame kind');
    }
  }

  #reject(error: string): void {
    this.#log.debug({ error }, 'rejected client frame');
    this.sendRtvi(serverMessage('error', { error, message: error, fatal: false }));
  }
}
