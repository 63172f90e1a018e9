/**
 * A local stand-in for the OpenAI Realtime API: a WebSocket server that speaks the documented
 * event sequences (session.created/updated, server VAD speech_started/stopped, input
 * transcription, response.created → output items → audio and transcript deltas → response.done,
 * function calls, cancellation, truncation, error events) with configurable delays, driven by
 * a small rule-based "model" (stand-in-brain.ts), and faults a test can queue: rate limit,
 * server error, garbage, a connection cut mid-response, chosen function calls. This file is the
 * server and what a test sets and reads; one connection's conversation is openai-standin-session.ts.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import {
  type StandInDelays,
  type StandInFault,
  type StandInHost,
  type StandInLog,
  StandInSession,
} from './openai-standin-session.ts';

export {
  type StandInDelays,
  type StandInFault,
  type StandInLog,
  tone,
} from './openai-standin-session.ts';

export interface StandInOptions {
  delays?: Partial<StandInDelays>;
  /** What server VAD "hears" for each spoken turn, in order (then `fallbackHeard`). */
  heard?: string[];
  fallbackHeard?: string;
  /** Require `Authorization: Bearer …` (refuse the upgrade with 401 without it). */
  requireKey?: boolean;
}

const DEFAULT_DELAYS: StandInDelays = { firstDeltaMs: 120, chunkIntervalMs: 10, chunkMs: 100, msPerChar: 45 };

export class OpenAiStandIn implements StandInHost {
  readonly log: StandInLog = { received: [], sent: [], truncations: [], connections: 0 };
  readonly faults: StandInFault[] = [];
  readonly delays: StandInDelays;
  readonly #opts: StandInOptions;
  readonly #server: Server;
  readonly #wss: WebSocketServer;
  readonly #sessions = new Set<StandInSession>();
  #heard: string[];

  private constructor(opts: StandInOptions) {
    this.#opts = opts;
    this.delays = { ...DEFAULT_DELAYS, ...opts.delays };
    this.#heard = [...(opts.heard ?? [])];
    this.#server = createServer((_req, res) => res.writeHead(404).end());
    this.#wss = new WebSocketServer({ noServer: true });
    this.#server.on('upgrade', (req, socket, head) => {
      if (opts.requireKey && !/^Bearer \S+/.test(req.headers.authorization ?? '')) {
        socket.end(
          'HTTP/1.1 401 Unauthorized\r\ncontent-type: application/json\r\n\r\n{"error":{"message":"Incorrect API key provided"}}',
        );
        return;
      }
      this.#wss.handleUpgrade(req, socket, head, (ws) => {
        this.log.connections++;
        const s = new StandInSession(this, ws);
        this.#sessions.add(s);
        ws.once('close', () => this.#sessions.delete(s));
      });
    });
  }

  static async start(opts: StandInOptions = {}): Promise<OpenAiStandIn> {
    const s = new OpenAiStandIn(opts);
    await new Promise<void>((resolve) => s.#server.listen(0, '127.0.0.1', resolve));
    return s;
  }

  get url(): string {
    const { port } = this.#server.address() as AddressInfo;
    return `ws://127.0.0.1:${port}/v1/realtime`;
  }

  nextHeard(): string {
    return this.#heard.shift() ?? this.#opts.fallbackHeard ?? 'hello';
  }

  /** Received client events of a type. */
  receivedOf(type: string): Record<string, unknown>[] {
    return this.log.received.filter((m) => m.type === type);
  }

  async close(): Promise<void> {
    for (const s of this.#sessions) s.terminate();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}
