/**
 * DeviceTransport: one device session over the device protocol (protocol.ts). It outlives its
 * socket: a device that drops is `offline` for the grace window and a resume binds the new
 * socket to the same transport (same pipeline, history, cart); past the window, or when the
 * heartbeat times out and nothing comes back, the session is cancelled and everything released.
 *
 * Push-to-talk: the input puts the pipeline in `manual` turn mode, so the VAD and the turn
 * strategy stand aside; the first audio (or `start_recording`) starts the user's turn and
 * interrupts the bot, and `isFinal` (or `stop_recording`) ends it at once — the same
 * `vad-user-stopped-speaking` (stopSecs 0) + `user-stopped-speaking` the turn processor sends
 * after a VAD stop, with no silence window. Open-mic leaves the VAD and turn strategy in charge.
 *
 * Bad input never ends the session by itself: each refused message gets an `error` naming the
 * refused `sequence`; only a sustained flood closes the socket (1008) — inbound-gate.ts.
 */
import { childLogger, type Logger } from '../../log/logger.ts';
import type { Clock, PipelineTask, TimerHandle } from '../../pipeline/index.ts';
import type { TransportConnection } from '../connection.ts';
import { createOpusCodec, type OpusCodec } from '../webrtc/opus.ts';
import { decodeDeviceAudio } from './audio-in.ts';
import type { DeviceEnv } from './config.ts';
import type { AssistantInfo } from './host.ts';
import { InboundGate } from './inbound-gate.ts';
import { DeviceInputTransport, type DeviceMode, DeviceOutputTransport } from './processors.ts';
import {
  type AudioFormat,
  type DeviceControl,
  type DeviceErrorCode,
  type DeviceMessage,
  encodeBinaryAudio,
  OPUS_FRAME_MS,
  OPUS_RATE,
  type ServerMessageBody,
} from './protocol.ts';

export type { DeviceMode } from './processors.ts';

export interface DeviceAudioSpec {
  mode: DeviceMode;
  input: { format: AudioFormat; sampleRate: number };
  output: { format: AudioFormat; sampleRate: number };
  binary: boolean;
}

export interface DeviceTransportOptions {
  spec: DeviceAudioSpec;
  settings: DeviceEnv;
  clock: Clock;
  name?: string;
  /** Output chunk for PCM16 (Opus is always 20 ms). */
  chunkMs?: number;
  silenceStopMs?: number;
  logger?: Logger;
  /** switch_agent: asks the server; resolves with the new assistant. */
  switchAgent?: (agent: string) => Promise<AssistantInfo>;
}

export interface DeviceTransportStats {
  audioIn: number;
  audioOut: number;
  clears: number;
  refused: number;
  resumes: number;
}

/** Outbound messages kept while the device is offline (transcripts, events), replayed on resume. */
const MAX_OFFLINE_MESSAGES = 100;

type State = 'online' | 'offline' | 'closed';

export class DeviceTransport {
  readonly input: DeviceInputTransport;
  readonly output: DeviceOutputTransport;
  readonly spec: DeviceAudioSpec;
  readonly stats: DeviceTransportStats = { audioIn: 0, audioOut: 0, clears: 0, refused: 0, resumes: 0 };
  readonly #o: DeviceTransportOptions;
  readonly #log: Logger;
  readonly #clock: Clock;
  #conn: TransportConnection | undefined;
  #state: State = 'offline';
  #outSeq = 0;
  #offlineQueue: ServerMessageBody[] = [];
  #decoder: OpusCodec | undefined;
  #encoder: OpusCodec | undefined;
  #lastHeard = 0;
  #heartbeat: TimerHandle | undefined;
  #grace: TimerHandle | undefined;
  #goneCallbacks: ((reason: string) => void)[] = [];
  readonly #gate: InboundGate;

  constructor(opts: DeviceTransportOptions) {
    this.#o = opts;
    this.spec = opts.spec;
    this.#clock = opts.clock;
    const name = opts.name ?? 'device';
    this.#log = opts.logger ?? childLogger({ component: 'device-transport', transport: name });
    this.input = new DeviceInputTransport({ name: `${name}:input`, clock: opts.clock }, opts.spec.mode);
    const opus = opts.spec.output.format === 'opus';
    this.output = new DeviceOutputTransport(this, {
      name: `${name}:output`,
      clock: opts.clock,
      sampleRate: opts.spec.output.sampleRate,
      chunkMs: opus ? OPUS_FRAME_MS : opts.chunkMs,
      silenceStopMs: opts.silenceStopMs,
    });
    if (opts.spec.input.format === 'opus') this.#decoder = createOpusCodec({ sampleRate: OPUS_RATE });
    if (opus) this.#encoder = createOpusCodec({ sampleRate: OPUS_RATE });
    this.#gate = new InboundGate({
      settings: opts.settings,
      clock: opts.clock,
      log: this.#log,
      sendError: (code, message, refSequence, fatal) => this.sendError(code, message, refSequence, fatal),
      countRefused: () => this.stats.refused++,
      closeForFlood: () => this.#conn?.close(1008, 'message flood'),
    });
  }

  get state(): State {
    return this.#state;
  }

  get lastSequence(): number {
    return this.#gate.lastSequence;
  }

  /**
   * A socket for this session, after its handshake (sequence `handshakeSeq`) was accepted:
   * the first one, or a resume; `sentBefore` messages went out on it before (handshake errors).
   * Returns false when the session is already gone.
   */
  bind(conn: TransportConnection, handshakeSeq: number, sentBefore = 0): boolean {
    if (this.#state === 'closed') return false;
    this.#outSeq = Math.max(this.#outSeq, sentBefore);
    if (this.#conn) this.#conn.close(4000, 'replaced by a newer connection');
    const resumed = this.#state === 'offline' && this.#gate.lastSequence >= 0;
    this.#gate.bound(handshakeSeq);
    this.#conn = conn;
    this.#state = 'online';
    this.#grace?.cancel();
    this.#grace = undefined;
    this.#lastHeard = this.#clock.now();
    if (resumed) this.stats.resumes++;
    conn.onMessage((data) => {
      if (this.#conn === conn) this.#onData(data);
    });
    conn.onClose((code, reason) => {
      if (this.#conn === conn) this.#dropped(`socket closed (${code}${reason ? ` ${reason}` : ''})`);
    });
    this.#armHeartbeat();
    return true;
  }

  /** Sent once bound: the queued transcripts and events of the offline time. */
  flushOffline(): void {
    const queued = this.#offlineQueue;
    this.#offlineQueue = [];
    for (const m of queued) this.send(m);
  }

  /** The device is gone for good (grace over, or closed): called once. */
  onGone(cb: (reason: string) => void): void {
    this.#goneCallbacks.push(cb);
  }

  /** Device gone → cancel the task; task finished → close the socket and release everything. */
  attach(task: PipelineTask): void {
    this.onGone((reason) => void task.cancel(`device: ${reason}`));
    void task.whenFinished().then(({ detail, reason }) => this.close(1000, detail ?? reason));
  }

  /** Sends a message with the next sequence and a timestamp; kept (bounded) while offline. */
  send(body: ServerMessageBody): void {
    if (this.#state === 'closed') return;
    if (!this.#conn) {
      if (body.type === 'audio_chunk' || body.type === 'heartbeat' || body.type === 'clear') return;
      this.#offlineQueue.push(body);
      if (this.#offlineQueue.length > MAX_OFFLINE_MESSAGES) this.#offlineQueue.shift();
      return;
    }
    this.#conn.send(JSON.stringify({ ...body, sequence: this.#outSeq++, timestamp: Date.now() }));
  }

  sendAudio(pcm: Int16Array, isFinal: boolean): void {
    if (!this.#conn || this.#state !== 'online') return;
    const { format, sampleRate } = this.spec.output;
    const payload =
      format === 'opus' && pcm.length > 0
        ? this.#encoder!.encode(pcm)
        : new Uint8Array(pcm.buffer, pcm.byteOffset, pcm.byteLength);
    const duration = (pcm.length * 1000) / sampleRate;
    this.stats.audioOut++;
    if (this.spec.binary) {
      this.#conn.send(
        encodeBinaryAudio({ sequence: this.#outSeq++, timestamp: Date.now(), duration, isFinal, payload }),
      );
      return;
    }
    this.send({
      type: 'audio_chunk',
      data: Buffer.from(payload).toString('base64'),
      format,
      sampleRate,
      duration,
      isFinal,
    });
  }

  sendClear(): void {
    this.stats.clears++;
    this.send({ type: 'clear' });
  }

  sendError(code: DeviceErrorCode, message: string, refSequence?: number, fatal = false): void {
    this.stats.refused++;
    this.send({ type: 'error', code, message, fatal, ...(refSequence === undefined ? {} : { refSequence }) });
  }

  /** Ends the session's connection for good (the task finished). Idempotent. */
  close(code = 1000, reason = ''): void {
    if (this.#state === 'closed') return;
    this.#state = 'closed';
    this.#stopTimers();
    const conn = this.#conn;
    this.#conn = undefined;
    conn?.close(code, reason.slice(0, 120));
    this.#decoder?.close();
    this.#encoder?.close();
    this.#gone(reason || 'closed');
  }

  // ── inbound ────────────────────────────────────────────────────────────────

  #onData(data: Uint8Array | string): void {
    this.#lastHeard = this.#clock.now();
    const admitted = this.#gate.admit(data);
    if (admitted?.kind === 'message') this.#handle(admitted.message);
    else if (admitted?.kind === 'binary') {
      const { frame } = admitted;
      const { format, sampleRate } = this.spec.input;
      this.#audio(format, sampleRate, frame.payload, frame.isFinal, frame.sequence);
    }
  }

  #handle(msg: DeviceMessage): void {
    switch (msg.type) {
      case 'heartbeat':
        return;
      case 'handshake':
        this.#gate.refuse(
          'already_handshaken',
          'this connection already completed its handshake',
          msg.sequence,
        );
        return;
      case 'audio_chunk': {
        const bytes = Buffer.from(msg.data, 'base64');
        this.#audio(msg.format, msg.sampleRate, bytes, msg.isFinal, msg.sequence);
        return;
      }
      case 'control':
        this.#control(msg);
        return;
    }
  }

  #audio(format: AudioFormat, sampleRate: number, bytes: Uint8Array, isFinal: boolean, seq: number): void {
    const decoded = decodeDeviceAudio(
      { format, sampleRate, bytes },
      { want: this.spec.input, maxBytes: this.#o.settings.DEVICE_MAX_CHUNK_BYTES, opus: this.#decoder },
    );
    if (!decoded.ok) {
      this.#gate.refuse(decoded.code, decoded.message, seq);
      return;
    }
    const ptt = this.spec.mode === 'push-to-talk';
    if (decoded.pcm.length > 0) {
      this.stats.audioIn++;
      if (ptt) this.input.startTurn();
      this.input.pushAudio(decoded.pcm, decoded.sampleRate);
    }
    if (isFinal && ptt) this.input.endTurn();
  }

  #control(msg: DeviceControl): void {
    const ptt = this.spec.mode === 'push-to-talk';
    switch (msg.command) {
      case 'start_recording':
        if (ptt) this.input.startTurn();
        return;
      case 'stop_recording':
        if (ptt) this.input.endTurn();
        return;
      case 'emergency_stop':
        this.input.emergencyStop(msg.reason);
        return;
      case 'switch_agent': {
        const agent = msg.agent;
        if (!agent || !this.#o.switchAgent) {
          this.#gate.refuse(
            'control_failed',
            'switch_agent needs "agent": an agent profile id',
            msg.sequence,
          );
          return;
        }
        this.#o.switchAgent(agent).then(
          (info) => this.send({ type: 'event', name: 'agent_switched', data: info }),
          (err: unknown) =>
            this.sendError('control_failed', `switch_agent failed: ${(err as Error).message}`, msg.sequence),
        );
        return;
      }
    }
  }

  // ── liveness ───────────────────────────────────────────────────────────────

  #armHeartbeat(): void {
    this.#heartbeat?.cancel();
    const every = this.#o.settings.DEVICE_HEARTBEAT_INTERVAL_S * 1000;
    const timeout = this.#o.settings.DEVICE_HEARTBEAT_TIMEOUT_S * 1000;
    const tick = () => {
      if (this.#state !== 'online') return;
      if (this.#clock.now() - this.#lastHeard > timeout) {
        this.#log.info('device heartbeat timed out');
        const conn = this.#conn;
        this.#dropped('heartbeat timeout');
        conn?.close(1001, 'heartbeat timeout');
        return;
      }
      this.send({ type: 'heartbeat' });
      this.#heartbeat = this.#clock.setTimer(tick, Math.min(every, timeout));
    };
    this.#heartbeat = this.#clock.setTimer(tick, Math.min(every, timeout));
  }

  /** The socket is gone: the grace window starts; the session goes on meanwhile. */
  #dropped(why: string): void {
    if (this.#state !== 'online') return;
    this.#state = 'offline';
    this.#conn = undefined;
    this.#heartbeat?.cancel();
    this.#heartbeat = undefined;
    // A half-pressed button does not hold the turn open while the device is away.
    this.input.endTurn();
    const graceMs = this.#o.settings.DEVICE_RESUME_GRACE_S * 1000;
    this.#log.info({ why, graceMs }, 'device offline; waiting for a resume');
    this.#grace = this.#clock.setTimer(() => {
      this.#grace = undefined;
      if (this.#state === 'offline') this.close(1001, `no resume within ${graceMs / 1000} s after ${why}`);
    }, graceMs);
  }

  #stopTimers(): void {
    this.#heartbeat?.cancel();
    this.#grace?.cancel();
    this.#heartbeat = undefined;
    this.#grace = undefined;
  }

  #gone(reason: string): void {
    const callbacks = this.#goneCallbacks;
    this.#goneCallbacks = [];
    for (const cb of callbacks) cb(reason);
  }
}
