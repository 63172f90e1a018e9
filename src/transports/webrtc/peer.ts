/**
 * One werift peer connection answering a SmallWebRTC client: Opus audio both ways and the
 * `chat` data channel. The measured werift pitfalls shape the order of operations here:
 * onTrack is subscribed before setRemoteDescription (the track event fires inside it), the
 * bot track is added after it (reusing the offered transceiver, so the answer is sendrecv),
 * ICE lite (no STUN gathering that leaves the box; the browser controls), and in loopback mode
 * only 127.0.0.1 candidates are offered, accepted or paired.
 */
import { randomUUID } from 'node:crypto';
import {
  type CandidatePair,
  MediaStreamTrack,
  type RTCDataChannel,
  RTCIceCandidate,
  RTCPeerConnection,
  RTCRtpCodecParameters,
  RtpHeader,
  RtpPacket,
} from 'werift';
import { processWorkerTag } from '../../http/worker-tag.ts';
import type { Logger } from '../../log/logger.ts';
import type { Clock } from '../../pipeline/index.ts';
import { createOpusCodec, type OpusBackend, type OpusCodec, type OpusRate, warmOpus } from './opus.ts';
import { OpusSender, type RtpOut } from './opus-sender.ts';

export interface IceServer {
  urls: string | string[];
  username?: string | undefined;
  credential?: string | undefined;
}

export interface PeerOptions {
  clock: Clock;
  log: Logger;
  iceServers?: IceServer[];
  iceLite?: boolean;
  /** Extra host addresses to gather (e.g. 127.0.0.1, normally excluded). */
  hostAddresses?: string[];
  /** Offer, accept and pair only 127.0.0.1 candidates (tests, offline demos). */
  loopbackOnly?: boolean;
  portRange?: [number, number] | undefined;
  opusBackend?: OpusBackend | 'auto';
  /** Rate the bot's PCM arrives at (the Opus encoder runs at it; RTP still counts 48 kHz). */
  outputSampleRate: OpusRate;
  /** Rate the client's audio is decoded to (16 kHz: ASR-ready without a resampler). */
  inputSampleRate: OpusRate;
}

export interface CandidateInit {
  candidate: string;
  sdpMid?: string | null | undefined;
  sdpMLineIndex?: number | null | undefined;
}

export type PeerState = 'new' | 'connecting' | 'connected' | 'disconnected' | 'failed' | 'closed';

export interface PeerStats {
  rtpIn: number;
  decodeErrors: number;
  decodeMicros: number;
  messagesIn: number;
  messagesOut: number;
}

const OPUS_PT = 111;
const LOOPBACK = '127.0.0.1';

export class WebRtcPeer {
  // Tagged with the worker (one process per core), so PATCH /api/offer {pc_id} reaches this process.
  readonly pcId = `pc-${processWorkerTag()}${randomUUID()}`;
  readonly stats: PeerStats = { rtpIn: 0, decodeErrors: 0, decodeMicros: 0, messagesIn: 0, messagesOut: 0 };
  readonly sender: OpusSender;
  /** Client audio decoded to mono PCM16 at `inputSampleRate`. */
  onAudio: (pcm: Int16Array, sampleRate: number) => void = () => {};
  onMessage: (data: string) => void = () => {};
  onChannelOpen: () => void = () => {};
  onChannelClose: () => void = () => {};
  onState: (state: PeerState) => void = () => {};

  readonly #pc: RTCPeerConnection;
  readonly #log: Logger;
  readonly #loopbackOnly: boolean;
  readonly #encoder: OpusCodec;
  readonly #decoder: OpusCodec;
  readonly #outTrack = new MediaStreamTrack({ kind: 'audio' });
  #channel: RTCDataChannel | undefined;
  #trackAdded = false;
  #closed = false;
  #state: PeerState = 'new';

  constructor(opts: PeerOptions) {
    this.#log = opts.log.child({ pcId: this.pcId });
    this.#loopbackOnly = opts.loopbackOnly ?? false;
    this.#encoder = createOpusCodec({ sampleRate: opts.outputSampleRate, backend: opts.opusBackend });
    this.#decoder = createOpusCodec({ sampleRate: opts.inputSampleRate, backend: opts.opusBackend });
    warmOpus(this.#encoder);
    warmOpus(this.#decoder);
    this.sender = new OpusSender({
      codec: this.#encoder,
      clock: opts.clock,
      send: (packet) => this.#writeRtp(packet),
    });
    const onlyLoopback = (address: string | undefined) => !this.#loopbackOnly || address === LOOPBACK;
    this.#pc = new RTCPeerConnection({
      iceServers: opts.iceServers ?? [],
      iceLite: opts.iceLite ?? true,
      iceUseIpv6: !this.#loopbackOnly,
      iceAdditionalHostAddresses: this.#loopbackOnly
        ? [LOOPBACK, ...(opts.hostAddresses ?? [])]
        : opts.hostAddresses,
      icePortRange: opts.portRange,
      iceFilterCandidatePair: (pair: CandidatePair) => onlyLoopback(pair.remoteCandidate.host),
      iceFilterStunResponse: (_msg, addr) => onlyLoopback(addr[0]),
      codecs: {
        audio: [
          new RTCRtpCodecParameters({
            mimeType: 'audio/opus',
            clockRate: 48_000,
            channels: 2,
            payloadType: OPUS_PT,
            parameters: 'minptime=10;useinbandfec=1',
          }),
        ],
        video: [],
      },
    });
    this.#pc.onTrack.subscribe((track) => this.#onRemoteTrack(track));
    this.#pc.onDataChannel.subscribe((channel) => this.#onDataChannel(channel));
    this.#pc.connectionStateChange.subscribe((state) => {
      this.#state = state;
      this.#log.debug({ state }, 'peer connection state');
      if (state === 'connected') this.sender.start();
      if (state === 'closed' || state === 'failed') this.sender.stop();
      this.onState(state);
    });
  }

  get state(): PeerState {
    return this.#state;
  }

  get channelOpen(): boolean {
    return this.#channel?.readyState === 'open';
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Applies an offer (first or renegotiation) and returns the answer SDP with our candidates in it. */
  async answer(offerSdp: string): Promise<string> {
    if (this.#closed) throw new Error('peer connection is closed');
    if (!/^m=audio /m.test(offerSdp)) throw new Error('the offer has no audio m-line (m=audio)');
    await this.#pc.setRemoteDescription({ type: 'offer', sdp: this.#filterSdp(offerSdp) });
    if (!this.#trackAdded) {
      const audio = this.#pc.getTransceivers().find((t) => t.kind === 'audio');
      if (audio) {
        this.#pc.addTrack(this.#outTrack);
        this.#trackAdded = true;
      }
    }
    const answer = await this.#pc.createAnswer();
    await this.#pc.setLocalDescription(answer);
    const local = this.#pc.localDescription;
    if (!local) throw new Error('werift produced no local description');
    return this.#filterSdp(local.sdp);
  }

  /** Trickled client candidates; an empty candidate string is end-of-candidates. */
  async addCandidates(candidates: CandidateInit[]): Promise<void> {
    for (const c of candidates) {
      if (!c.candidate) continue;
      if (this.#loopbackOnly && candidateAddress(c.candidate) !== LOOPBACK) continue;
      try {
        await this.#pc.addIceCandidate(
          new RTCIceCandidate({
            candidate: c.candidate,
            sdpMid: c.sdpMid ?? undefined,
            sdpMLineIndex: c.sdpMLineIndex ?? undefined,
          }),
        );
      } catch (err) {
        this.#log.debug({ err, candidate: c.candidate }, 'ignoring unusable ICE candidate');
      }
    }
  }

  /** Sends a data channel message; false when the channel is not open. */
  send(data: string): boolean {
    const channel = this.#channel;
    if (channel?.readyState !== 'open') return false;
    try {
      channel.send(data);
      this.stats.messagesOut++;
      return true;
    } catch (err) {
      this.#log.debug({ err }, 'data channel send failed');
      return false;
    }
  }

  async getStats() {
    return this.#pc.getStats();
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.sender.stop();
    try {
      await this.#pc.close();
    } catch (err) {
      this.#log.debug({ err }, 'closing the peer connection failed');
    }
    this.#encoder.close();
    this.#decoder.close();
  }

  #onRemoteTrack(track: MediaStreamTrack): void {
    if (track.kind !== 'audio') return;
    track.onReceiveRtp.subscribe((rtp) => {
      if (this.#closed || rtp.header.payloadType !== OPUS_PT || rtp.payload.length === 0) return;
      this.stats.rtpIn++;
      const t = performance.now();
      let pcm: Int16Array;
      try {
        pcm = this.#decoder.decode(rtp.payload);
      } catch (err) {
        this.stats.decodeErrors++;
        if (this.stats.decodeErrors <= 3) this.#log.debug({ err }, 'dropping undecodable Opus packet');
        return;
      }
      this.stats.decodeMicros += (performance.now() - t) * 1000;
      this.onAudio(pcm, this.#decoder.sampleRate);
    });
  }

  #onDataChannel(channel: RTCDataChannel): void {
    if (channel.label !== 'chat') {
      this.#log.debug({ label: channel.label }, 'ignoring data channel');
      return;
    }
    this.#channel = channel;
    channel.onMessage.subscribe((data) => {
      this.stats.messagesIn++;
      this.onMessage(typeof data === 'string' ? data : data.toString('utf8'));
    });
    channel.stateChanged.subscribe((state) => {
      if (state === 'open') this.onChannelOpen();
      if (state === 'closed') this.onChannelClose();
    });
    if (channel.readyState === 'open') this.onChannelOpen();
  }

  #writeRtp(packet: RtpOut): void {
    if (this.#closed) return;
    const header = new RtpHeader({
      payloadType: OPUS_PT,
      sequenceNumber: packet.sequenceNumber,
      timestamp: packet.timestamp,
      marker: packet.marker,
    });
    this.#outTrack.writeRtp(new RtpPacket(header, Buffer.from(packet.payload)));
  }

  #filterSdp(sdp: string): string {
    if (!this.#loopbackOnly) return sdp;
    return sdp
      .split(/\r?\n/)
      .filter((line) => !line.startsWith('a=candidate:') || candidateAddress(line) === LOOPBACK)
      .join('\r\n');
  }
}

/** The connection address of an ICE candidate line (`candidate:… <ip> <port> typ …`). */
export function candidateAddress(candidate: string): string | undefined {
  const parts = candidate.replace(/^a=/, '').split(/\s+/);
  return parts[4];
}
