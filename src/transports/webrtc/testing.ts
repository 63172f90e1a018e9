/**
 * A SmallWebRTC client simulator on werift, shaped like @pipecat-ai/small-webrtc-transport:
 * audio + video transceivers, the `chat` data channel, offer by POST, candidates trickled by
 * PATCH (stripped from the offer, so the server must apply them), `"ping: <ms>"` every second,
 * trackStatus signalling and RTVI JSON. For Node-to-Node tests and benchmarks.
 */
import {
  MediaStreamTrack,
  type RTCDataChannel,
  RTCPeerConnection,
  RTCRtpCodecParameters,
  RtpHeader,
  RtpPacket,
} from 'werift';
import { createOpusCodec, type OpusCodec } from './opus.ts';

export interface SimulatedClientOptions {
  /** POST/PATCH endpoint, e.g. http://127.0.0.1:7860/sessions/<id>/api/offer. */
  offerUrl: string;
  headers?: Record<string, string>;
  requestData?: Record<string, unknown>;
  /** Send keepalive pings (default true). */
  ping?: boolean;
}

export interface ReceivedMessage {
  at: number;
  data: unknown;
}

export class SimulatedWebRtcClient {
  pcId: string | undefined;
  readonly messages: ReceivedMessage[] = [];
  botPackets = 0;
  botSamples = 0;
  opened = false;
  readonly #opts: SimulatedClientOptions;
  #pc!: RTCPeerConnection;
  #channel!: RTCDataChannel;
  readonly #mic = new MediaStreamTrack({ kind: 'audio' });
  readonly #encoder: OpusCodec = createOpusCodec({ sampleRate: 48_000 });
  readonly #decoder: OpusCodec = createOpusCodec({ sampleRate: 24_000 });
  #seq = 1;
  #ts = 0;
  #pingTimer: NodeJS.Timeout | undefined;
  #waiters: (() => void)[] = [];

  constructor(opts: SimulatedClientOptions) {
    this.#opts = opts;
    this.#build();
  }

  /** Offers, applies the answer, trickles candidates and resolves when the data channel opens. */
  async connect(opts: { restart?: boolean; timeoutMs?: number } = {}): Promise<void> {
    const offer = await this.#pc.createOffer();
    await this.#pc.setLocalDescription(offer);
    const local = this.#pc.localDescription!.sdp;
    const candidates = local.split(/\r?\n/).filter((l) => l.startsWith('a=candidate:'));
    const sdp = local
      .split(/\r?\n/)
      .filter((l) => !l.startsWith('a=candidate:'))
      .join('\r\n');
    const res = await this.post({
      sdp,
      type: 'offer',
      pc_id: this.pcId ?? null,
      restart_pc: opts.restart ?? false,
    });
    if (res.status !== 200) throw new Error(`offer rejected: ${res.status} ${JSON.stringify(res.body)}`);
    const answer = res.body as { sdp: string; type: 'answer'; pc_id: string };
    this.pcId = answer.pc_id;
    await this.#pc.setRemoteDescription({ type: 'answer', sdp: answer.sdp });
    await this.patch({
      pc_id: answer.pc_id,
      candidates: candidates.map((c) => ({ candidate: c.slice(2), sdp_mid: '0', sdp_mline_index: 0 })),
    });
    await this.waitUntil(() => this.opened, opts.timeoutMs ?? 10_000, 'data channel open');
    this.#channel.send(
      JSON.stringify({
        type: 'signalling',
        message: { type: 'trackStatus', receiver_index: 0, enabled: true },
      }),
    );
    if (this.#opts.ping !== false && !this.#pingTimer) {
      this.#pingTimer = setInterval(() => this.sendRaw(`ping: ${Date.now()}`), 1000);
    }
  }

  /** Comes back on a new connection with restart_pc, then closes the old one (as the real client does after ICE failure). */
  async restart(): Promise<void> {
    const old = this.#pc;
    this.opened = false;
    this.#build();
    await this.connect({ restart: true });
    await old.close();
  }

  async post(body: unknown): Promise<{ status: number; body: unknown }> {
    return this.#fetch('POST', body);
  }

  async patch(body: unknown): Promise<{ status: number; body: unknown }> {
    return this.#fetch('PATCH', body);
  }

  sendRaw(text: string): void {
    if (this.#channel.readyState === 'open') this.#channel.send(text);
  }

  sendRtvi(type: string, data?: unknown, id = Math.random().toString(16).slice(2, 10)): string {
    this.sendRaw(JSON.stringify({ label: 'rtvi-ai', type, id, ...(data === undefined ? {} : { data }) }));
    return id;
  }

  /** Streams 16-bit mono PCM at 48 kHz as 20 ms Opus packets, paced in real time. */
  async speak(pcm48k: Int16Array): Promise<void> {
    for (let i = 0; i + 960 <= pcm48k.length; i += 960) {
      const header = new RtpHeader({ payloadType: 111, sequenceNumber: this.#seq, timestamp: this.#ts });
      this.#seq = (this.#seq + 1) & 0xffff;
      this.#ts = (this.#ts + 960) >>> 0;
      this.#mic.writeRtp(
        new RtpPacket(header, Buffer.from(this.#encoder.encode(pcm48k.subarray(i, i + 960)))),
      );
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  rtvi(type: string): ReceivedMessage[] {
    return this.messages.filter((m) => (m.data as { type?: string })?.type === type);
  }

  async waitUntil(cond: () => boolean, timeoutMs: number, what: string): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!cond()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, 50);
        this.#waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  async close(): Promise<void> {
    if (this.#pingTimer) clearInterval(this.#pingTimer);
    this.#pingTimer = undefined;
    await this.#pc.close();
    this.#encoder.close();
    this.#decoder.close();
  }

  /** Stops pinging without closing (a client that froze). */
  stopPinging(): void {
    if (this.#pingTimer) clearInterval(this.#pingTimer);
    this.#pingTimer = undefined;
  }

  #build(): void {
    this.#pc = new RTCPeerConnection({
      iceUseIpv6: false,
      iceAdditionalHostAddresses: ['127.0.0.1'],
      codecs: {
        audio: [
          new RTCRtpCodecParameters({
            mimeType: 'audio/opus',
            clockRate: 48_000,
            channels: 2,
            payloadType: 111,
          }),
        ],
        video: [new RTCRtpCodecParameters({ mimeType: 'video/VP8', clockRate: 90_000, payloadType: 96 })],
      },
    });
    this.#pc.addTransceiver(this.#mic, { direction: 'sendrecv' });
    this.#pc.addTransceiver('video', { direction: 'sendrecv' });
    this.#pc.onTrack.subscribe((track) => {
      if (track.kind !== 'audio') return;
      track.onReceiveRtp.subscribe((rtp) => {
        this.botPackets++;
        try {
          this.botSamples += this.#decoder.decode(rtp.payload).length;
        } catch {
          // counted as a packet, not as samples
        }
      });
    });
    this.#channel = this.#pc.createDataChannel('chat', { ordered: true });
    this.#channel.stateChanged.subscribe((state) => {
      if (state === 'open') this.opened = true;
      this.#wake();
    });
    this.#channel.onMessage.subscribe((raw) => {
      const text = typeof raw === 'string' ? raw : raw.toString('utf8');
      let data: unknown = text;
      try {
        data = JSON.parse(text);
      } catch {
        // keep the raw string
      }
      this.messages.push({ at: Date.now(), data });
      this.#wake();
    });
  }

  #wake(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const w of waiters) w();
  }

  async #fetch(method: string, body: unknown): Promise<{ status: number; body: unknown }> {
    const res = await fetch(this.#opts.offerUrl, {
      method,
      headers: { 'content-type': 'application/json', ...this.#opts.headers },
      body: JSON.stringify(
        method === 'POST' && this.#opts.requestData
          ? { ...(body as object), requestData: this.#opts.requestData }
          : body,
      ),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON
    }
    return { status: res.status, body: parsed };
  }
}
