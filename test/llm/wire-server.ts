/**
 * A loopback HTTP server that replays scripted provider responses chunk by chunk: SSE text or
 * binary frames, error statuses, a connection cut midway, or a stream that never sends a byte.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { crc32 } from 'node:zlib';

export interface ScriptedResponse {
  status?: number;
  headers?: Record<string, string>;
  chunks: (string | Uint8Array)[];
  /** Destroy the socket after writing this many chunks (a stream cut off midway). */
  cutAfter?: number;
  /** Send the headers and then nothing, keeping the connection open. */
  hang?: boolean;
}

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export class WireServer {
  readonly requests: RecordedRequest[] = [];
  readonly #queue: ScriptedResponse[] = [];
  readonly #server: Server;
  #waiters: (() => void)[] = [];
  baseUrl = '';

  constructor() {
    this.#server = createServer((req, res) => void this.#handle(req, res));
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    const { port } = this.#server.address() as AddressInfo;
    this.baseUrl = `http://127.0.0.1:${port}`;
    return this.baseUrl;
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  /** Queues responses, served in order, one per request. */
  enqueue(...responses: ScriptedResponse[]): this {
    this.#queue.push(...responses);
    return this;
  }

  /** Resolves once `n` requests have arrived. */
  waitForRequests(n: number): Promise<void> {
    if (this.requests.length >= n) return Promise.resolve();
    return new Promise((resolve) => {
      const check = () => {
        if (this.requests.length >= n) {
          this.#waiters = this.#waiters.filter((w) => w !== check);
          resolve();
        }
      };
      this.#waiters.push(check);
    });
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const parts: Buffer[] = [];
    for await (const chunk of req) parts.push(chunk as Buffer);
    const raw = Buffer.concat(parts).toString('utf8');
    let body: unknown = raw;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      // not JSON: keep the raw text
    }
    this.requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
    for (const w of [...this.#waiters]) w();
    const script = this.#queue.shift();
    if (!script) {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: 'wire-server: no scripted response left' } }));
      return;
    }
    res.writeHead(script.status ?? 200, { 'content-type': 'text/event-stream', ...script.headers });
    res.flushHeaders();
    if (script.hang) return;
    for (let i = 0; i < script.chunks.length; i++) {
      if (script.cutAfter !== undefined && i >= script.cutAfter) {
        res.socket?.destroy();
        return;
      }
      res.write(script.chunks[i]);
      // Separate writes so the client really sees a stream, not one buffer.
      await new Promise<void>((r) => setImmediate(r));
    }
    if (script.cutAfter !== undefined && script.cutAfter >= script.chunks.length) {
      res.socket?.destroy();
      return;
    }
    res.end();
  }
}

/** One server-sent event. */
export function sse(data: unknown, event?: string): string {
  const payload = typeof data === 'string' ? data : JSON.stringify(data);
  return `${event ? `event: ${event}\n` : ''}data: ${payload}\n\n`;
}

/**
 * One AWS event-stream message (the binary framing of Bedrock ConverseStream):
 * prelude (total length, headers length, CRC32), string headers, payload, message CRC32.
 */
export function awsEvent(headers: Record<string, string>, payload: unknown): Buffer {
  const headerBufs = Object.entries(headers).map(([name, value]) => {
    const n = Buffer.from(name, 'utf8');
    const v = Buffer.from(value, 'utf8');
    const b = Buffer.alloc(1 + n.length + 1 + 2 + v.length);
    let o = b.writeUInt8(n.length, 0);
    o += n.copy(b, o);
    o = b.writeUInt8(7, o); // header value type 7: string
    o = b.writeUInt16BE(v.length, o);
    v.copy(b, o);
    return b;
  });
  const headerBytes = Buffer.concat(headerBufs);
  const body = Buffer.from(JSON.stringify(payload), 'utf8');
  const prelude = Buffer.alloc(8);
  prelude.writeUInt32BE(12 + headerBytes.length + body.length + 4, 0);
  prelude.writeUInt32BE(headerBytes.length, 4);
  const preludeCrc = Buffer.alloc(4);
  preludeCrc.writeUInt32BE(crc32(prelude), 0);
  const message = Buffer.concat([prelude, preludeCrc, headerBytes, body]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(message), 0);
  return Buffer.concat([message, crc]);
}
