/**
 * A headless client speaking exactly what the Pipecat web client speaks (POST /start, protobuf
 * frames over WebSocket, RTVI 2.1.0), for end-to-end tests and the latency benchmarks. It
 * streams microphone audio at real time (16 kHz PCM16, 512-byte frames every 16 ms) and
 * timestamps every message and bot audio frame on arrival.
 */
import { WebSocket } from 'ws';
import { decodeFrame, encodeAudioFrame, encodeMessageFrame } from '../transports/websocket/protobuf.ts';

export interface RtviMessage {
  label: 'rtvi-ai';
  type: string;
  id?: string;
  data?: Record<string, unknown>;
}

export interface ReceivedMessage {
  at: number;
  message: RtviMessage;
}

export interface ConnectOptions {
  language?: 'en' | 'es';
  cookie?: string;
  timeoutMs?: number;
  /** More fields of the start request (`agent`, `voice`, `system_prompt`). */
  start?: Record<string, unknown>;
}

let idCounter = 0;
const nextId = () => `c${(++idCounter).toString(16).padStart(7, '0')}`;

export class PipecatWsClient {
  readonly messages: ReceivedMessage[] = [];
  /** Arrival times (performance.now) and sizes of bot audio frames. */
  readonly audio: { at: number; samples: number }[] = [];
  readonly cookie: string | undefined;
  /** The token /start returned (with several worker processes, it names the session's worker). */
  token = '';
  readonly #ws: WebSocket;
  #listeners = new Set<() => void>();
  #closed = false;

  private constructor(ws: WebSocket, cookie: string | undefined) {
    this.#ws = ws;
    this.cookie = cookie;
    ws.on('message', (raw, isBinary) => {
      const at = performance.now();
      if (!isBinary)
        throw new Error('the server sent a text WebSocket frame; the Pipecat client drops those');
      const bytes = raw instanceof Buffer ? raw : Buffer.concat(raw as Buffer[]);
      const frame = decodeFrame(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      if (frame.kind === 'audio') this.audio.push({ at, samples: frame.audio.byteLength / 2 });
      else if (frame.kind === 'message') {
        const message = JSON.parse(frame.data) as RtviMessage;
        if (message.label === 'rtvi-ai') this.messages.push({ at, message });
      }
      for (const listener of this.#listeners) listener();
    });
    ws.on('close', () => {
      this.#closed = true;
      for (const listener of this.#listeners) listener();
    });
  }

  /** POST /start, open the socket, handshake; resolves on bot-ready. */
  static async connect(baseUrl: string, opts: ConnectOptions = {}): Promise<PipecatWsClient> {
    const res = await fetch(`${baseUrl}/start`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(opts.cookie ? { cookie: opts.cookie } : {}) },
      body: JSON.stringify({ transport: 'websocket', language: opts.language ?? 'en', ...opts.start }),
    });
    if (!res.ok) throw new Error(`start failed: ${res.status} ${await res.text()}`);
    const setCookie = res.headers.get('set-cookie')?.split(';')[0];
    const { wsUrl, token } = (await res.json()) as { wsUrl: string; token: string };
    return PipecatWsClient.join(wsUrl, token, { ...opts, cookie: opts.cookie ?? setCookie });
  }

  /** Opens the socket of a session /start already returned (`wsUrl`, `token`) and handshakes. */
  static async join(wsUrl: string, token: string, opts: ConnectOptions = {}): Promise<PipecatWsClient> {
    const ws = new WebSocket(`${wsUrl}?token=${encodeURIComponent(token)}`);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
      ws.once('close', (code) => reject(new Error(`socket closed during connect: ${code}`)));
    });
    const client = new PipecatWsClient(ws, opts.cookie);
    client.token = token;
    const id = nextId();
    client.send({
      label: 'rtvi-ai',
      type: 'client-ready',
      id,
      data: { version: '2.1.0', about: { library: 'voice-shopper-bench', library_version: '0.1.0' } },
    });
    await client.waitFor((m) => m.type === 'bot-ready' && m.id === id, opts.timeoutMs ?? 10_000);
    return client;
  }

  send(message: RtviMessage): void {
    this.#ws.send(encodeMessageFrame(message));
  }

  sendText(content: string, audioResponse = true): void {
    this.send({
      label: 'rtvi-ai',
      type: 'send-text',
      id: nextId(),
      data: { content, options: { run_immediately: true, audio_response: audioResponse } },
    });
  }

  /**
   * Streams audio like the browser recorder: 256 samples (512 bytes) every 16 ms at real time.
   * Resolves with performance.now() when the last sample was sent.
   */
  async streamAudio(pcm16k: Int16Array, signal?: AbortSignal): Promise<number> {
    const chunk = 256;
    const start = performance.now();
    for (let i = 0, n = 0; i < pcm16k.length; i += chunk, n++) {
      if (signal?.aborted || this.#closed) break;
      const due = start + n * 16;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      const piece = pcm16k.subarray(i, Math.min(pcm16k.length, i + chunk));
      this.#ws.send(
        encodeAudioFrame(new Uint8Array(piece.buffer, piece.byteOffset, piece.byteLength), 16_000, 1),
      );
    }
    return performance.now();
  }

  /** Resolves with the first message (from now on, or already received if `past`) matching. */
  waitFor(
    match: (m: RtviMessage) => boolean,
    timeoutMs = 10_000,
    opts: { after?: number } = {},
  ): Promise<ReceivedMessage> {
    const after = opts.after ?? Number.NEGATIVE_INFINITY;
    return this.#waitUntil(
      () => this.messages.find((r) => r.at >= after && match(r.message)),
      timeoutMs,
      'message',
    );
  }

  /** Resolves with the first bot audio frame received at or after `after`. */
  waitForAudio(after: number, timeoutMs = 10_000): Promise<{ at: number; samples: number }> {
    return this.#waitUntil(() => this.audio.find((a) => a.at >= after), timeoutMs, 'bot audio');
  }

  #waitUntil<T>(find: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    const found = find();
    if (found) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const check = () => {
        const hit = find();
        if (hit) {
          cleanup();
          resolve(hit);
        } else if (this.#closed) {
          cleanup();
          reject(new Error(`connection closed while waiting for ${what}`));
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.#listeners.delete(check);
      };
      this.#listeners.add(check);
    });
  }

  get closed(): boolean {
    return this.#closed;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    await new Promise<void>((resolve) => {
      this.#ws.once('close', () => resolve());
      this.#ws.close();
    });
  }
}
