/**
 * The device side of the device protocol (src/transports/device/protocol.ts): connects,
 * handshakes, sends 20 ms audio (Opus or PCM16, JSON or binary), plays what comes back, and
 * stays connected: heartbeats both ways, reconnects with exponential backoff and full jitter,
 * and resumes its session. Audio recorded while offline is buffered (bounded by what the server
 * said in `config`) and sent on reconnect; when the session could not be resumed (the server
 * restarted), the unanswered turn is sent again whole, so a request is never half-heard.
 */
import { EventEmitter } from 'node:events';
import { WebSocket } from 'ws';
import {
  type AudioFormat,
  DEVICE_PROTOCOL_VERSION,
  type DeviceConfigMessage,
  type DeviceMessageBody,
  decodeBinaryAudio,
  encodeBinaryAudio,
  OPUS_FRAME_MS,
  OPUS_RATE,
  type ServerMessage,
  serverMessageSchema,
} from '../../transports/device/protocol.ts';
import { createOpusCodec, type OpusCodec } from '../../transports/webrtc/opus.ts';

export interface DeviceClientOptions {
  url: string;
  deviceId: string;
  secret: string;
  mode: 'push-to-talk' | 'open-mic';
  format: AudioFormat;
  binary: boolean;
  /** First reconnect wait, ms (doubles each failure up to maxBackoffMs, full jitter). */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Seeded randomness for the jitter in tests; Math.random by default. */
  random?: () => number;
  /** Sent every this often, ms (the server's interval once `config` says it). */
  heartbeatMs?: number;
}

/** Why the client gave up: the server refused us for good (no retry helps). */
export class DeviceRefusedError extends Error {
  override name = 'DeviceRefusedError';
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

export interface DeviceClientEvents {
  config: [DeviceConfigMessage];
  transcript: [{ role: 'user' | 'assistant'; text: string; final: boolean }];
  /** Reply audio, 16 kHz mono PCM16 (as it arrives; play it in order). */
  audio: [Int16Array];
  /** The reply's audio is complete. */
  replyEnd: [];
  clear: [];
  event: [{ name: string; data?: unknown }];
  serverError: [{ code: string; message: string; fatal: boolean }];
  state: ['connecting' | 'online' | 'offline' | 'closed', string?];
  refused: [DeviceRefusedError];
}

type Chunk = { pcm: Int16Array; isFinal: boolean };

/**
 * Fatal errors after which reconnecting cannot help: the credentials. A 1008 for anything else (a
 * handshake too slow, a message flood, a rate limit) is waited out with the backoff.
 */
const REFUSAL_CODES = new Set(['unauthorized', 'revoked']);

export class DeviceClient extends EventEmitter<DeviceClientEvents> {
  readonly #o: Required<Omit<DeviceClientOptions, 'random'>> & { random: () => number };
  #ws: WebSocket | undefined;
  #seq = 0;
  #sessionId: string | undefined;
  #config: DeviceConfigMessage | undefined;
  #online = false;
  #closed = false;
  #failures = 0;
  #reconnect: NodeJS.Timeout | undefined;
  #heartbeat: NodeJS.Timeout | undefined;
  #encoder: OpusCodec | undefined;
  #decoder: OpusCodec | undefined;
  /** Audio recorded while offline, sent on reconnect (bounded). */
  #offline: Chunk[] = [];
  /** The turn not yet answered: sent again whole if the session could not be resumed. */
  #turn: Chunk[] = [];
  #turnAnswered = true;
  #lastRefusal: DeviceRefusedError | undefined;
  /** Counters for benches and tests. */
  readonly stats = { connects: 0, resumes: 0, resent: 0, dropped: 0, chunksSent: 0 };

  constructor(opts: DeviceClientOptions) {
    super();
    this.#o = {
      backoffMs: 250,
      maxBackoffMs: 10_000,
      heartbeatMs: 10_000,
      random: Math.random,
      ...opts,
    };
    if (opts.format === 'opus') {
      this.#encoder = createOpusCodec({ sampleRate: OPUS_RATE });
      this.#decoder = createOpusCodec({ sampleRate: OPUS_RATE });
    }
  }

  get sessionId(): string | undefined {
    return this.#sessionId;
  }

  get online(): boolean {
    return this.#online;
  }

  /** Connects (and keeps reconnecting); resolves at the first `config`, rejects if refused. */
  start(): Promise<DeviceConfigMessage> {
    return new Promise((resolve, reject) => {
      const onConfig = (c: DeviceConfigMessage) => {
        this.off('refused', onRefused);
        resolve(c);
      };
      const onRefused = (err: DeviceRefusedError) => {
        this.off('config', onConfig);
        reject(err);
      };
      this.once('config', onConfig);
      this.once('refused', onRefused);
      this.#connect();
    });
  }

  /** Sends 16 kHz mono audio in 20 ms frames; `isFinal` ends a push-to-talk turn. */
  sendAudio(pcm: Int16Array, isFinal = false): void {
    const frame = (OPUS_RATE * OPUS_FRAME_MS) / 1000;
    if (pcm.length === 0) {
      this.#queue({ pcm, isFinal });
      return;
    }
    for (let i = 0; i < pcm.length; i += frame) {
      let part = pcm.subarray(i, i + frame);
      if (part.length < frame) {
        const padded = new Int16Array(frame);
        padded.set(part);
        part = padded;
      }
      this.#queue({ pcm: part, isFinal: isFinal && i + frame >= pcm.length });
    }
  }

  control(
    command: 'start_recording' | 'stop_recording' | 'emergency_stop' | 'switch_agent',
    extra = {},
  ): void {
    if (command === 'start_recording') this.#beginTurn();
    this.#sendJson({ type: 'control', command, ...extra } as DeviceMessageBody);
  }

  /** Drops the socket as a network loss would: the client reconnects and resumes. */
  dropConnection(): void {
    this.#ws?.terminate();
  }

  /** Closes for good (no reconnect). */
  close(): void {
    this.#closed = true;
    clearTimeout(this.#reconnect);
    clearInterval(this.#heartbeat);
    this.#ws?.close(1000, 'client closing');
    this.#encoder?.close();
    this.#decoder?.close();
    this.#encoder = undefined;
    this.#decoder = undefined;
    this.emit('state', 'closed');
  }

  // ── audio out ──────────────────────────────────────────────────────────────

  #beginTurn(): void {
    // A turn whose end was sent is over too: a request with no words gets no transcript.
    if (!this.#turnAnswered && !this.#turn.at(-1)?.isFinal) return;
    this.#turn = [];
    this.#turnAnswered = false;
  }

  #queue(chunk: Chunk): void {
    if (this.#o.mode === 'push-to-talk') {
      this.#beginTurn();
      this.#turn.push(chunk);
      this.#bound(this.#turn);
    }
    if (!this.#online) {
      this.#offline.push(chunk);
      this.#bound(this.#offline);
      return;
    }
    this.#sendChunk(chunk);
  }

  /** Drops the oldest audio beyond what the server accepts after a resume. */
  #bound(list: Chunk[]): void {
    const maxMs = this.#config?.resume.maxBufferedMs ?? 10_000;
    while (list.length * OPUS_FRAME_MS > maxMs) {
      list.shift();
      this.stats.dropped++;
    }
  }

  #sendChunk(chunk: Chunk): void {
    const payload =
      chunk.pcm.length === 0
        ? new Uint8Array(0)
        : this.#encoder
          ? this.#encoder.encode(chunk.pcm)
          : new Uint8Array(chunk.pcm.buffer, chunk.pcm.byteOffset, chunk.pcm.byteLength);
    const duration = (chunk.pcm.length * 1000) / OPUS_RATE;
    this.stats.chunksSent++;
    if (this.#o.binary) {
      this.#ws?.send(
        encodeBinaryAudio({
          sequence: this.#seq++,
          timestamp: Date.now(),
          duration,
          isFinal: chunk.isFinal,
          payload,
        }),
      );
      return;
    }
    this.#sendJson({
      type: 'audio_chunk',
      data: Buffer.from(payload).toString('base64'),
      format: this.#o.format,
      sampleRate: OPUS_RATE,
      duration,
      isFinal: chunk.isFinal,
    });
  }

  #sendJson(body: DeviceMessageBody): void {
    if (!this.#ws || this.#ws.readyState !== WebSocket.OPEN) return;
    this.#ws.send(JSON.stringify({ ...body, sequence: this.#seq++, timestamp: Date.now() }));
  }

  // ── connection ─────────────────────────────────────────────────────────────

  #connect(): void {
    if (this.#closed) return;
    this.emit('state', 'connecting');
    // The resumed session rides in the query too: with several worker processes on the server,
    // its primary routes the connection by it to the process that holds the session.
    const url = new URL(this.#o.url);
    if (this.#sessionId) url.searchParams.set('session', this.#sessionId);
    const ws = new WebSocket(url);
    this.#ws = ws;
    ws.on('open', () => {
      this.stats.connects++;
      this.#sendJson({
        type: 'handshake',
        protocolVersion: DEVICE_PROTOCOL_VERSION,
        deviceId: this.#o.deviceId,
        secret: this.#o.secret,
        mode: this.#o.mode,
        audio: {
          input: { format: this.#o.format, sampleRate: OPUS_RATE },
          output: { format: this.#o.format, sampleRate: OPUS_RATE },
          binary: this.#o.binary,
        },
        ...(this.#sessionId ? { resume: { sessionId: this.#sessionId } } : {}),
        client: { name: 'voice-shopper-device', version: '1' },
      });
    });
    ws.on('message', (raw: Buffer, isBinary: boolean) => {
      if (isBinary) this.#onBinary(new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength));
      else this.#onJson(raw.toString('utf8'));
    });
    ws.on('error', () => {
      // reported by `close` (ECONNREFUSED, reset)
    });
    ws.on('close', (code: number, reason: Buffer) => this.#onClose(code, reason.toString('utf8')));
  }

  #onClose(code: number, reason: string): void {
    const wasOnline = this.#online;
    this.#online = false;
    this.#ws = undefined;
    clearInterval(this.#heartbeat);
    if (this.#closed) return;
    // Bad credentials are never worth retrying; everything else is (the backoff below).
    if (this.#lastRefusal) {
      const err = this.#lastRefusal;
      this.#closed = true;
      this.emit('state', 'closed', err.message);
      this.emit('refused', err);
      return;
    }
    this.emit(
      'state',
      'offline',
      wasOnline
        ? `connection lost (${code}${reason ? ` ${reason}` : ''})`
        : code === 1006
          ? 'server unreachable'
          : `closed before the session started (${code}${reason ? ` ${reason}` : ''}); retrying`,
    );
    if (!wasOnline) this.#failures++;
    else this.#failures = 0;
    // Full jitter (AWS architecture blog): uniform in [0, min(cap, base·2^n)].
    const ceiling = Math.min(this.#o.maxBackoffMs, this.#o.backoffMs * 2 ** this.#failures);
    const wait = Math.round(this.#o.random() * ceiling);
    this.#reconnect = setTimeout(() => this.#connect(), wait);
  }

  #onJson(text: string): void {
    let parsed: ServerMessage;
    try {
      const result = serverMessageSchema.safeParse(JSON.parse(text));
      if (!result.success) return;
      parsed = result.data;
    } catch {
      return;
    }
    switch (parsed.type) {
      case 'config':
        this.#onConfig(parsed);
        return;
      case 'audio_chunk':
        this.#onAudio(Buffer.from(parsed.data, 'base64'), parsed.isFinal);
        return;
      case 'clear':
        this.emit('clear');
        return;
      case 'transcript':
        this.emit('transcript', { role: parsed.role, text: parsed.text, final: parsed.final });
        if (parsed.role === 'user' && parsed.final) this.#turnAnswered = true;
        return;
      case 'event':
        this.emit('event', {
          name: parsed.name,
          ...(parsed.data === undefined ? {} : { data: parsed.data }),
        });
        return;
      case 'heartbeat':
        return;
      case 'error':
        if (parsed.fatal && REFUSAL_CODES.has(parsed.code))
          this.#lastRefusal = new DeviceRefusedError(parsed.code, parsed.message);
        this.emit('serverError', { code: parsed.code, message: parsed.message, fatal: parsed.fatal });
        return;
    }
  }

  #onBinary(data: Uint8Array): void {
    try {
      const frame = decodeBinaryAudio(data);
      this.#onAudio(frame.payload, frame.isFinal);
    } catch {
      // a frame we cannot read is skipped: the next one plays
    }
  }

  #onAudio(payload: Uint8Array, isFinal: boolean): void {
    if (payload.byteLength > 0) {
      let pcm: Int16Array;
      if (this.#decoder) pcm = this.#decoder.decode(payload);
      else {
        pcm = new Int16Array(payload.byteLength >> 1);
        Buffer.from(pcm.buffer).set(payload.subarray(0, pcm.length * 2));
      }
      this.emit('audio', pcm);
    }
    if (isFinal) this.emit('replyEnd');
  }

  #onConfig(config: DeviceConfigMessage): void {
    const resumed = config.resumed && config.sessionId === this.#sessionId;
    this.#sessionId = config.sessionId;
    this.#config = config;
    this.#online = true;
    this.#failures = 0;
    if (resumed) this.stats.resumes++;
    clearInterval(this.#heartbeat);
    const every = Math.min(this.#o.heartbeatMs, config.heartbeat.intervalMs);
    this.#heartbeat = setInterval(() => this.#sendJson({ type: 'heartbeat' }), every);
    this.#heartbeat.unref();
    this.emit('state', 'online', resumed ? 'resumed' : 'new session');
    this.emit('config', config);
    // A new session never heard the turn in progress: all of it again. A resumed one has all
    // but what was recorded while offline.
    const pending = !resumed && !this.#turnAnswered ? this.#turn : this.#offline;
    if (!resumed && !this.#turnAnswered) this.stats.resent += this.#turn.length;
    this.#offline = [];
    for (const chunk of pending) this.#sendChunk(chunk);
  }
}
