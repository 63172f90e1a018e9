/**
 * Test helper: a loopback HTTP server that plays a speech provider. Each request is recorded
 * (method, path, headers, body) and answered by the next scripted handler (the last one
 * repeats), so a test can answer with the provider's documented success and error shapes,
 * stream audio in pieces, stall, or cut the socket mid-body. Nothing sleeps: handlers write
 * when the test tells them to.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { createServer as createH2Server, type Http2ServerResponse, constants as h2 } from 'node:http2';
import type { AddressInfo, Server, Socket } from 'node:net';

/** What a handler writes to: an HTTP/1.1 or an HTTP/2 (cleartext) response. */
export interface FakeResponse {
  writeHead(status: number, headers?: Record<string, string>): unknown;
  write(chunk: Uint8Array, cb?: () => void): boolean;
  end(chunk?: Uint8Array | string): unknown;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** The body as JSON, or undefined when it is not JSON. */
  json: Record<string, unknown> | undefined;
  res: FakeResponse;
  /** Cuts the connection mid-answer (HTTP/1.1: destroys the socket; HTTP/2: resets the stream). */
  cut(): void;
  /** Resolves when the client closed (or dropped) the connection of this request. */
  closed: Promise<void>;
}

export type HttpHandler = (req: RecordedRequest) => void;

export class FakeHttpServer {
  readonly requests: RecordedRequest[] = [];
  readonly #server: Server;
  #handlers: HttpHandler[] = [];
  #served = 0;
  #waiters: (() => void)[] = [];
  readonly #sockets = new Set<Socket>();

  private constructor(http2: boolean) {
    type Raw = {
      method?: string | undefined;
      url?: string | undefined;
      headers: IncomingHttpHeaders;
      on: (e: string, f: (c: Buffer) => void) => unknown;
    };
    type Res = FakeResponse & {
      once(e: 'close', f: () => void): unknown;
      socket: { destroy(): void } | null;
      stream?: Http2ServerResponse['stream'];
    };
    const onRequest = (raw: Raw, res: Res) => {
      const chunks: Buffer[] = [];
      raw.on('data', (c: Buffer) => chunks.push(c));
      raw.on('end', () => {
        const body = Buffer.concat(chunks);
        let json: Record<string, unknown> | undefined;
        try {
          json = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
        } catch {
          json = undefined;
        }
        const closed = new Promise<void>((resolve) => res.once('close', () => resolve()));
        const req: RecordedRequest = {
          method: raw.method ?? 'GET',
          path: raw.url ?? '/',
          headers: raw.headers,
          body,
          json,
          res,
          cut: () => (res.stream ? res.stream.close(h2.NGHTTP2_INTERNAL_ERROR) : res.socket?.destroy()),
          closed,
        };
        this.requests.push(req);
        for (const w of this.#waiters.splice(0)) w();
        const handler = this.#handlers[Math.min(this.#served++, this.#handlers.length - 1)];
        if (handler) handler(req);
        else res.end('no handler scripted');
      });
    };
    // HTTP/2 without TLS (prior knowledge) is what SDKs built on NodeHttp2Handler speak to an http:// endpoint.
    this.#server = http2
      ? createH2Server((req, res) => onRequest(req, res as unknown as Res))
      : createServer((req, res) => onRequest(req, res as unknown as Res));
  }

  #track(): void {
    this.#server.on('connection', (socket: Socket) => {
      this.#sockets.add(socket);
      socket.once('close', () => this.#sockets.delete(socket));
    });
  }

  static async start(opts: { http2?: boolean } = {}): Promise<FakeHttpServer> {
    const s = new FakeHttpServer(opts.http2 ?? false);
    s.#track();
    await new Promise<void>((resolve) => s.#server.listen(0, '127.0.0.1', resolve));
    return s;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  /** Handlers for the next requests, in order; the last one answers every later request. */
  script(...handlers: HttpHandler[]): void {
    this.#handlers = handlers;
    this.#served = 0;
  }

  /** The n-th request (0-based), waiting for it to arrive. */
  async request(n: number): Promise<RecordedRequest> {
    for (;;) {
      const r = this.requests[n];
      if (r) return r;
      await new Promise<void>((resolve) => this.#waiters.push(resolve));
    }
  }

  async stop(): Promise<void> {
    const s = this.#server as Server & { closeAllConnections?: () => void };
    s.closeAllConnections?.();
    for (const socket of this.#sockets) socket.destroy();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}
