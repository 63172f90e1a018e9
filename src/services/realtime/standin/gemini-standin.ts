/**
 * A local stand-in for the Gemini Live API (BidiGenerateContent over WebSocket, what
 * `@google/genai` connects to under GEMINI_LIVE_BASE_URL): setup → setupComplete, realtime
 * audio with automatic activity detection (or the client's activityStart/End), input and output
 * transcription, model turns of 24 kHz audio, toolCall → toolResponse, `interrupted`,
 * turnComplete with usage, driven by the same rule-based brain as the OpenAI stand-in. Faults:
 * rate limit and server error close the socket with 1011 as Gemini does, garbage, a cut
 * mid-reply, chosen calls.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type RawData, type WebSocket, WebSocketServer } from 'ws';
import { type StandInDelays, type StandInFault, tone } from './openai-standin.ts';
import { type BrainTurn, decideReply } from './stand-in-brain.ts';
import { StandInSpeech } from './stand-in-speech.ts';

export interface GeminiStandInOptions {
  delays?: Partial<StandInDelays>;
  heard?: string[];
  fallbackHeard?: string;
}

const DEFAULT_DELAYS: StandInDelays = { firstDeltaMs: 120, chunkIntervalMs: 10, chunkMs: 100, msPerChar: 45 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let ids = 0;
const id = (p: string) => `${p}-${(++ids).toString(36)}`;

export class GeminiStandIn {
  readonly received: Record<string, unknown>[] = [];
  readonly faults: StandInFault[] = [];
  readonly delays: StandInDelays;
  connections = 0;
  /** The API key each connection came with (`?key=`). */
  readonly keys: string[] = [];
  readonly #opts: GeminiStandInOptions;
  readonly #server: Server;
  readonly #wss = new WebSocketServer({ noServer: true });
  readonly #sockets = new Set<WebSocket>();
  #heard: string[];

  private constructor(opts: GeminiStandInOptions) {
    this.#opts = opts;
    this.delays = { ...DEFAULT_DELAYS, ...opts.delays };
    this.#heard = [...(opts.heard ?? [])];
    this.#server = createServer((_req, res) => res.writeHead(404).end());
    this.#server.on('upgrade', (req, socket, head) => {
      const url = new URL(req.url ?? '/', 'http://x');
      if (!url.pathname.endsWith('BidiGenerateContent')) {
        socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
        return;
      }
      this.keys.push(url.searchParams.get('key') ?? '');
      this.#wss.handleUpgrade(req, socket, head, (ws) => {
        this.connections++;
        this.#sockets.add(ws);
        ws.once('close', () => this.#sockets.delete(ws));
        new GeminiSession(this, ws);
      });
    });
  }

  static async start(opts: GeminiStandInOptions = {}): Promise<GeminiStandIn> {
    const s = new GeminiStandIn(opts);
    await new Promise<void>((resolve) => s.#server.listen(0, '127.0.0.1', resolve));
    return s;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  nextHeard(): string {
    return this.#heard.shift() ?? this.#opts.fallbackHeard ?? 'hello';
  }

  receivedOf(key: string): Record<string, unknown>[] {
    return this.received.filter((m) => key in m);
  }

  async close(): Promise<void> {
    for (const ws of this.#sockets) ws.terminate();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}

type Obj = Record<string, unknown>;

class GeminiSession {
  readonly #host: GeminiStandIn;
  readonly #ws: WebSocket;
  readonly #turns: BrainTurn[] = [];
  readonly #speech = new StandInSpeech(16_000);
  #setup: Obj | undefined;
  #active: { cancelled: boolean } | undefined;
  #hearing: string | undefined;

  constructor(host: GeminiStandIn, ws: WebSocket) {
    this.#host = host;
    this.#ws = ws;
    ws.on('message', (data: RawData) => this.#onMessage(String(data)));
  }

  #send(m: Obj): void {
    if (this.#ws.readyState === this.#ws.OPEN) this.#ws.send(JSON.stringify(m));
  }

  #autoVad(): boolean {
    const cfg = (this.#setup?.realtimeInputConfig as Obj | undefined)?.automaticActivityDetection as
      | Obj
      | undefined;
    return cfg?.disabled !== true;
  }

  #onMessage(text: string): void {
    let msg: Obj;
    try {
      msg = JSON.parse(text) as Obj;
    } catch {
      this.#ws.close(1007, 'Request contains an invalid argument.');
      return;
    }
    this.#host.received.push(msg);
    if (msg.setup) {
      this.#setup = msg.setup as Obj;
      this.#send({ setupComplete: {} });
      return;
    }
    if (!this.#setup) {
      this.#ws.close(1007, 'The first message must be setup.');
      return;
    }
    const rt = msg.realtimeInput as Obj | undefined;
    if (rt?.audio) this.#onAudio(String((rt.audio as Obj).data ?? ''));
    if (rt?.activityStart) this.#interrupt();
    if (rt?.activityEnd) this.#userTurn();
    const cc = msg.clientContent as Obj | undefined;
    if (cc) {
      for (const t of (cc.turns as Obj[] | undefined) ?? []) {
        const part = ((t.parts as Obj[] | undefined) ?? [])[0];
        this.#turns.push({ role: t.role === 'model' ? 'assistant' : 'user', text: String(part?.text ?? '') });
      }
      if (cc.turnComplete) {
        this.#interrupt();
        void this.#respond();
      }
    }
    const tr = msg.toolResponse as Obj | undefined;
    if (tr) {
      for (const r of (tr.functionResponses as Obj[] | undefined) ?? [])
        this.#turns.push({ role: 'tool', callId: String(r.id), output: r.response });
      void this.#respond();
    }
  }

  #interrupt(): void {
    if (!this.#active) return;
    this.#active.cancelled = true;
    this.#active = undefined;
    this.#send({ serverContent: { interrupted: true } });
  }

  #onAudio(b64: string): void {
    const edge = this.#speech.push(Buffer.from(b64, 'base64'));
    if (!edge || !this.#autoVad()) return;
    if (edge.kind === 'started') {
      this.#interrupt();
      // Input transcription streams while the shopper talks: the first word comes early.
      this.#hearing = this.#host.nextHeard();
      this.#send({ serverContent: { inputTranscription: { text: this.#hearing.split(' ')[0] } } });
    } else this.#userTurn();
  }

  #userTurn(): void {
    const heard = this.#hearing ?? this.#host.nextHeard();
    const early = this.#hearing ? (heard.split(' ')[0] ?? '') : '';
    this.#hearing = undefined;
    this.#speech.reset();
    this.#turns.push({ role: 'user', text: heard });
    this.#send({ serverContent: { inputTranscription: { text: heard.slice(early.length) } } });
    void this.#respond();
  }

  async #respond(): Promise<void> {
    const fault = this.#host.faults.shift();
    const last = this.#turns.at(-1);
    // The greeting (and any instruction-only turn) is a user turn asking to say quoted words.
    const instructions = last?.role === 'user' && /"[^"]+"/.test(last.text) ? last.text : undefined;
    const move =
      fault?.kind === 'call'
        ? {
            kind: 'call' as const,
            name: fault.name,
            arguments: fault.arguments,
            repeat: fault.repeat ?? false,
          }
        : decideReply(this.#turns, instructions);
    const reply = { cancelled: false };
    this.#active = reply;
    const { delays } = this.#host;
    await sleep(delays.firstDeltaMs);
    if (reply.cancelled) return;
    if (fault?.kind === 'rate-limit') {
      this.#ws.close(1011, 'Resource has been exhausted (e.g. check quota).');
      return;
    }
    if (fault?.kind === 'server-error') {
      this.#ws.close(1011, 'Internal error encountered.');
      return;
    }
    if (fault?.kind === 'garbage') this.#ws.send('}{ not json');
    if (move.kind === 'call') {
      const callId = id('call');
      let args: unknown;
      try {
        args = JSON.parse(move.arguments);
      } catch {
        args = { raw: move.arguments };
      }
      this.#turns.push({ role: 'call', callId, name: move.name, arguments: JSON.stringify(args) });
      const call = { toolCall: { functionCalls: [{ id: callId, name: move.name, args }] } };
      this.#send(call);
      if (move.repeat) this.#send(call);
      if (this.#active === reply) this.#active = undefined;
      return;
    }
    const words = move.text.split(/(?<=\s)/);
    const chunks = Math.ceil(Math.max(delays.chunkMs, move.text.length * delays.msPerChar) / delays.chunkMs);
    let sent = 0;
    for (let i = 0; i < chunks; i++) {
      if (reply.cancelled || this.#ws.readyState !== this.#ws.OPEN) return;
      const upTo = Math.ceil(((i + 1) / chunks) * words.length);
      for (; sent < upTo; sent++)
        this.#send({ serverContent: { outputTranscription: { text: words[sent] } } });
      this.#send({
        serverContent: {
          modelTurn: {
            parts: [
              {
                inlineData: {
                  mimeType: 'audio/pcm;rate=24000',
                  data: tone(delays.chunkMs, i).toString('base64'),
                },
              },
            ],
          },
        },
      });
      if (fault?.kind === 'cut' && i + 1 >= fault.afterChunks) {
        this.#ws.terminate();
        return;
      }
      await sleep(delays.chunkIntervalMs);
    }
    if (reply.cancelled) return;
    if (this.#active === reply) this.#active = undefined;
    this.#turns.push({ role: 'assistant', text: move.text });
    this.#send({ serverContent: { generationComplete: true } });
    this.#send({ usageMetadata: { promptTokenCount: 30, responseTokenCount: 12, totalTokenCount: 42 } });
    this.#send({ serverContent: { turnComplete: true } });
  }
}
