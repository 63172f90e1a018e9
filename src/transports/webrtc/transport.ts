/**
 * WebRtcTransport: the SmallWebRTC protocol of @pipecat-ai/small-webrtc-transport over werift.
 * Opus audio both ways (decoded to 16 kHz for the pipeline; the bot's PCM paced by the base
 * output transport, then framed and timed by the peer's 20 ms Opus sender) and the `chat` data
 * channel carrying RTVI JSON, `signalling` messages and the client's `"ping: <ms>"` keepalive.
 *
 * The transport outlives its peer connections: a `restart_pc` offer swaps in a new peer while
 * the pipeline keeps running. The session ends when the client is gone: pings stopped, the data
 * channel or connection closed, ICE failed without a restart in time, or it never connected.
 */
import type { Logger } from '../../log/logger.ts';
import { childLogger } from '../../log/logger.ts';
import { type Clock, type PipelineTask, systemClock, type TimerHandle } from '../../pipeline/index.ts';
import { type RtviServerMessage, serverMessage, toRtviServerMessage } from '../../rtvi/messages.ts';
import { BaseInputTransport } from '../base-input.ts';
import { BaseOutputTransport, type OutputTransportOptions } from '../base-output.ts';
import type { CandidateInit, PeerState, WebRtcPeer } from './peer.ts';

/** What the transport needs of a peer connection (a WebRtcPeer, or a fake in unit tests). */
export type TransportPeer = Pick<
  WebRtcPeer,
  | 'pcId'
  | 'sender'
  | 'onAudio'
  | 'onMessage'
  | 'onChannelOpen'
  | 'onChannelClose'
  | 'onState'
  | 'state'
  | 'channelOpen'
  | 'closed'
  | 'answer'
  | 'addCandidates'
  | 'send'
  | 'close'
>;

/** Pipecat queues at most this many outbound messages until the data channel opens. */
const MAX_OUTBOX = 50;
/** How long peerLeft gets to leave before the connection is torn down. */
const PEER_LEFT_FLUSH_MS = 100;

export interface WebRtcTransportOptions {
  /** Creates a peer connection (ICE and codec settings are the factory's business). */
  createPeer: () => TransportPeer;
  clock?: Clock;
  name?: string;
  logger?: Logger;
  /** Rate of the PCM the output transport hands the Opus sender (must match the peers' encoder). */
  outputSampleRate: number;
  chunkMs?: number;
  silenceStopMs?: number;
  pingTimeoutMs?: number;
  connectTimeoutMs?: number;
  reconnectGraceMs?: number;
}

export interface WebRtcTransportStats {
  messagesIn: number;
  rtviIn: number;
  pings: number;
  malformed: number;
  messagesOut: number;
  droppedOut: number;
  restarts: number;
  renegotiations: number;
}

export class WebRtcInputTransport extends BaseInputTransport {}

export class WebRtcOutputTransport extends BaseOutputTransport {
  readonly #transport: WebRtcTransport;
  constructor(transport: WebRtcTransport, opts: OutputTransportOptions) {
    super(opts);
    this.#transport = transport;
  }
  protected override writeAudio(chunk: Int16Array): void {
    this.#transport.peer?.sender.write(chunk);
  }
  protected override writeMessage(message: unknown): void {
    const msg = toRtviServerMessage(message);
    if (msg) this.#transport.sendRtvi(msg);
  }
  protected override onClearPlayback(): void {
    this.#transport.peer?.sender.clear();
  }
  protected override whenWrittenOut(): Promise<void> {
    return this.#transport.peer?.sender.whenDrained() ?? Promise.resolve();
  }
}

export class WebRtcTransport {
  readonly input: WebRtcInputTransport;
  readonly output: WebRtcOutputTransport;
  readonly stats: WebRtcTransportStats = {
    messagesIn: 0,
    rtviIn: 0,
    pings: 0,
    malformed: 0,
    messagesOut: 0,
    droppedOut: 0,
    restarts: 0,
    renegotiations: 0,
  };
  /** Last trackStatus per receiver index (0 mic, 1 camera, 2 screen). */
  readonly trackStatus = new Map<number, boolean>();
  readonly #opts: WebRtcTransportOptions;
  readonly #clock: Clock;
  readonly #log: Logger;
  #peer: TransportPeer | undefined;
  #outbox: string[] = [];
  #lastPingAt: number | undefined;
  #watchdog: TimerHandle | undefined;
  #graceTimer: TimerHandle | undefined;
  #connectTimer: TimerHandle | undefined;
  #everConnected = false;
  #closed = false;
  #goneCallbacks: ((reason: string) => void)[] = [];

  constructor(opts: WebRtcTransportOptions) {
    this.#opts = opts;
    this.#clock = opts.clock ?? systemClock;
    const name = opts.name ?? 'webrtc';
    this.#log = opts.logger ?? childLogger({ component: 'webrtc-transport', transport: name });
    this.input = new WebRtcInputTransport({ name: `${name}:input`, clock: opts.clock });
    this.output = new WebRtcOutputTransport(this, {
      name: `${name}:output`,
      clock: opts.clock,
      sampleRate: opts.outputSampleRate,
      // The Opus sender sends 20 ms frames: keep its queue at about one frame so barge-in is quick.
      chunkMs: opts.chunkMs ?? 20,
      silenceStopMs: opts.silenceStopMs,
    });
  }

  get peer(): TransportPeer | undefined {
    return this.#peer;
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Called once when the client is gone (the caller cancels the pipeline). */
  onClientGone(cb: (reason: string) => void): void {
    this.#goneCallbacks.push(cb);
  }

  /** Ties the transport to a task: client gone → cancel; task finished → peerLeft and hang up. */
  attach(task: PipelineTask): void {
    this.onClientGone((reason) => void task.cancel(reason));
    void task
      .whenFinished()
      .then(({ reason }) => this.close(reason === 'end' ? 'session ended' : 'cancelled'));
  }

  /**
   * Applies a client offer: the first one (or `restart` = restart_pc) creates a peer connection,
   * a later one renegotiates the current connection. Returns the answer and the peer's pc_id.
   */
  async handleOffer(sdp: string, restart: boolean): Promise<{ sdp: string; pcId: string }> {
    if (this.#closed) throw new Error('the session has ended');
    let peer = this.#peer;
    if (!peer || restart || peer.closed) {
      const old = peer;
      peer = this.#opts.createPeer();
      this.#wire(peer);
      this.#peer = peer;
      if (old) {
        this.stats.restarts++;
        this.#log.info({ oldPcId: old.pcId, pcId: peer.pcId }, 'peer connection restarted');
        void old.close();
      }
      this.#armConnectTimer();
    } else {
      this.stats.renegotiations++;
    }
    const answer = await peer.answer(sdp);
    return { sdp: answer, pcId: peer.pcId };
  }

  /** Trickled candidates for the peer `pcId`; false when that peer is not (or no longer) ours. */
  async addCandidates(pcId: string, candidates: CandidateInit[]): Promise<boolean> {
    const peer = this.#peer;
    if (!peer || peer.pcId !== pcId || peer.closed) return false;
    await peer.addCandidates(candidates);
    return true;
  }

  /** Sends an RTVI message on the data channel (queued, bounded, until it opens). */
  sendRtvi(message: RtviServerMessage): void {
    this.#sendText(JSON.stringify(message));
  }

  /** Asks the client to send a new offer on the same connection. */
  requestRenegotiation(): void {
    this.#sendText(JSON.stringify({ type: 'signalling', message: { type: 'renegotiate' } }));
  }

  /** Says peerLeft (the client then disconnects itself), then tears the connection down. */
  async close(reason = 'closed'): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#clearTimers();
    const peer = this.#peer;
    if (peer?.channelOpen) {
      peer.send(JSON.stringify({ type: 'signalling', message: { type: 'peerLeft' } }));
      await this.#clock.sleep(PEER_LEFT_FLUSH_MS);
    }
    this.#outbox = [];
    this.#log.debug({ reason }, 'webrtc transport closed');
    await peer?.close();
  }

  #wire(peer: TransportPeer): void {
    const current = () => this.#peer === peer && !this.#closed;
    peer.onAudio = (pcm, rate) => {
      if (current()) this.input.pushAudio(pcm, rate);
    };
    peer.onMessage = (data) => {
      if (current()) this.#onData(data);
    };
    peer.onChannelOpen = () => {
      if (!current()) return;
      const outbox = this.#outbox;
      this.#outbox = [];
      for (const text of outbox) this.#sendText(text);
    };
    peer.onChannelClose = () => {
      if (current()) this.#gone('data channel closed');
    };
    peer.onState = (state) => {
      if (current()) this.#onPeerState(state);
    };
  }

  #onPeerState(state: PeerState): void {
    switch (state) {
      case 'connected':
        this.#everConnected = true;
        this.#connectTimer?.cancel();
        this.#connectTimer = undefined;
        this.#graceTimer?.cancel();
        this.#graceTimer = undefined;
        return;
      case 'failed':
      case 'disconnected': {
        // The client rebuilds its connection with restart_pc after a failure: give it time.
        if (this.#graceTimer) return;
        const grace = this.#opts.reconnectGraceMs ?? 10_000;
        this.#graceTimer = this.#clock.setTimer(() => this.#gone(`ICE ${state}, no restart`), grace);
        return;
      }
      case 'closed':
        this.#gone('peer connection closed');
        return;
      default:
        return;
    }
  }

  #onData(data: string): void {
    this.stats.messagesIn++;
    if (data.startsWith('ping')) {
      this.stats.pings++;
      this.#lastPingAt = this.#clock.now();
      this.#armWatchdog();
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(data);
    } catch {
      this.#reject('Data channel messages must be JSON (RTVI or signalling) or "ping: <ms>"');
      return;
    }
    const type = (value as { type?: unknown } | null)?.type;
    if (type === 'signalling') {
      this.#onSignalling((value as { message?: unknown }).message);
      return;
    }
    if ((value as { label?: unknown } | null)?.label === 'rtvi-ai') {
      this.stats.rtviIn++;
      if (!this.input.pushMessage(value)) this.#log.warn('client message dropped (pipeline not started)');
      return;
    }
    this.#log.debug({ type }, 'ignoring data channel message');
  }

  #onSignalling(message: unknown): void {
    const m = message as { type?: unknown; receiver_index?: unknown; enabled?: unknown } | null;
    if (m?.type === 'trackStatus' && typeof m.receiver_index === 'number' && typeof m.enabled === 'boolean') {
      this.trackStatus.set(m.receiver_index, m.enabled);
      this.#log.debug({ receiver: m.receiver_index, enabled: m.enabled }, 'client track status');
      return;
    }
    this.#log.debug({ type: m?.type }, 'ignoring signalling message');
  }

  #sendText(text: string): void {
    if (this.#closed) return;
    const peer = this.#peer;
    if (peer?.channelOpen) {
      if (peer.send(text)) this.stats.messagesOut++;
      else this.stats.droppedOut++;
      return;
    }
    if (this.#outbox.length >= MAX_OUTBOX) {
      this.stats.droppedOut++;
      return;
    }
    this.#outbox.push(text);
  }

  #reject(error: string): void {
    this.stats.malformed++;
    this.sendRtvi(serverMessage('error', { error, message: error, fatal: false }));
  }

  #armWatchdog(): void {
    const timeout = this.#opts.pingTimeoutMs ?? 3000;
    if (timeout <= 0 || this.#watchdog) return;
    const check = () => {
      this.#watchdog = undefined;
      if (this.#closed || this.#lastPingAt === undefined) return;
      const silentFor = this.#clock.now() - this.#lastPingAt;
      if (silentFor >= timeout) {
        this.#gone(`no keepalive ping for ${Math.round(silentFor)} ms`);
        return;
      }
      this.#watchdog = this.#clock.setTimer(check, timeout - silentFor);
    };
    this.#watchdog = this.#clock.setTimer(check, timeout);
  }

  #armConnectTimer(): void {
    this.#connectTimer?.cancel();
    const timeout = this.#opts.connectTimeoutMs ?? 30_000;
    this.#connectTimer = this.#clock.setTimer(() => {
      this.#connectTimer = undefined;
      if (this.#peer?.state !== 'connected')
        this.#gone(this.#everConnected ? 'peer did not reconnect' : 'peer never connected');
    }, timeout);
  }

  #gone(reason: string): void {
    if (this.#closed) return;
    this.#log.info({ reason }, 'client gone');
    const callbacks = this.#goneCallbacks;
    this.#goneCallbacks = [];
    for (const cb of callbacks) cb(reason);
    void this.close(reason);
  }

  #clearTimers(): void {
    for (const t of [this.#watchdog, this.#graceTimer, this.#connectTimer]) t?.cancel();
    this.#watchdog = undefined;
    this.#graceTimer = undefined;
    this.#connectTimer = undefined;
  }
}
