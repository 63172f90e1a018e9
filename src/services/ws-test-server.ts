/**
 * Test helper: a loopback WebSocket server that plays a provider. Tests script it per
 * connection (await what the client sent, answer with the provider's documented messages,
 * close with a code) or refuse the HTTP upgrade with a status, and check afterwards that every
 * socket is closed. Every wait is a promise the test awaits; nothing sleeps.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { type RawData, type WebSocket, WebSocketServer } from 'ws';

export type ClientMessage =
  | { kind: 'json'; json: Record<string, unknown> }
  | { kind: 'binary'; bytes: Buffer };

export class FakeConnection {
  readonly url: URL;
  readonly headers: IncomingHttpHeaders;
  readonly received: ClientMessage[] = [];
  readonly #ws: WebSocket;
  #waiters: { match: (m: ClientMessage) => boolean; resolve: (m: ClientMessage) => void }[] = [];
  #closed: Promise<number>;
  #pings = 0;
  #pingWaiters: (() => void)[] = [];

  constructor(ws: WebSocket, url: URL, headers: IncomingHttpHeaders, onMessage?: (m: ClientMessage) => void) {
    this.#ws = ws;
    this.url = url;
    this.headers = headers;
    this.#closed = new Promise((resolve) => ws.once('close', (code) => resolve(code)));
    ws.on('ping', () => {
      this.#pings++;
      for (const w of this.#pingWaiters.splice(0)) w();
    });
    ws.on('message', (data: RawData, isBinary: boolean) => {
      const buf = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
      let msg: ClientMessage;
      if (isBinary) msg = { kind: 'binary', bytes: buf };
      else {
        try {
          msg = { kind: 'json', json: JSON.parse(buf.toString('utf8')) as Record<string, unknown> };
        } catch {
          msg = { kind: 'json', json: { unparsable: buf.toString('utf8') } };
        }
      }
      this.received.push(msg);
      onMessage?.(msg);
      for (const w of [...this.#waiters]) {
        if (w.match(msg)) {
          this.#waiters.splice(this.#waiters.indexOf(w), 1);
          w.resolve(msg);
        }
      }
    });
  }

  /** Resolves with the first message (already received or future) matching `match`. */
  next(match: (m: ClientMessage) => boolean): Promise<ClientMessage> {
    const seen = this.received.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.#waiters.push({ match, resolve }));
  }

  /** Resolves with the first JSON message for which `match(json)` holds. */
  async nextJson(match: (json: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
    const m = await this.next((x) => x.kind === 'json' && match(x.json));
    return (m as { json: Record<string, unknown> }).json;
  }

  /** Resolves once at least `n` bytes of binary audio have arrived. */
  async audioBytes(n: number): Promise<number> {
    const total = () => this.received.reduce((s, m) => s + (m.kind === 'binary' ? m.bytes.length : 0), 0);
    while (total() < n) await this.next((m) => m.kind === 'binary' && total() >= n);
    return total();
  }

  /** Resolves once the client has sent a WebSocket ping (a protocol-level keepalive). */
  pinged(): Promise<void> {
    if (this.#pings > 0) return Promise.resolve();
    return new Promise((resolve) => this.#pingWaiters.push(resolve));
  }

  /** Sends a raw text frame (for garbage the client must survive). */
  sendText(text: string): void {
    if (this.#ws.readyState === this.#ws.OPEN) this.#ws.send(text);
  }

  send(json: unknown): void {
    if (this.#ws.readyState === this.#ws.OPEN) this.#ws.send(JSON.stringify(json));
  }

  /** A text frame as is (a provider answering garbage). */
  sendRaw(text: string): void {
    if (this.#ws.readyState === this.#ws.OPEN) this.#ws.send(text);
  }

  close(code = 1000, reason = ''): void {
    this.#ws.close(code, reason);
  }

  /** Ends the TCP stream without a WebSocket close frame (a half-closed socket, a crashed peer). */
  halfClose(): void {
    (this.#ws as unknown as { _socket: Duplex })._socket.end();
  }

  /** The close code once the socket is closed (by either side). */
  get closed(): Promise<number> {
    return this.#closed;
  }

  get open(): boolean {
    return this.#ws.readyState === this.#ws.OPEN;
  }
}

export interface UpgradeRefusal {
  status: number;
  body?: string;
  headers?: Record<string, string>;
}

export class FakeProviderServer {
  readonly connections: FakeConnection[] = [];
  /** Every upgrade request, refused or not. */
  readonly upgrades: { url: URL; headers: IncomingHttpHeaders }[] = [];
  /** Refusals for the next upgrade attempts, in order. */
  readonly refusals: UpgradeRefusal[] = [];
  readonly #http: Server;
  readonly #wss = new WebSocketServer({ noServer: true });
  #onConnection: ((c: FakeConnection) => void) | undefined;
  #connWaiters: ((c: FakeConnection) => void)[] = [];
  /** Every client message on every connection, in arrival order. */
  readonly messages: { conn: FakeConnection; msg: ClientMessage }[] = [];
  #msgWaiters: (() => void)[] = [];

  private constructor() {
    this.#http = createServer((_req, res) => res.writeHead(404).end());
    this.#http.on('upgrade', (req, socket: Duplex, head) => {
      const url = new URL(req.url ?? '/', 'ws://127.0.0.1');
      this.upgrades.push({ url, headers: req.headers });
      const refusal = this.refusals.shift();
      if (refusal) {
        const body = refusal.body ?? '';
        const extra = Object.entries(refusal.headers ?? {})
          .map(([k, v]) => `${k}: ${v}\r\n`)
          .join('');
        socket.end(
          `HTTP/1.1 ${refusal.status} Refused\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n${extra}connection: close\r\n\r\n${body}`,
        );
        return;
      }
      this.#wss.handleUpgrade(req, socket, head, (ws) => {
        const conn: FakeConnection = new FakeConnection(ws, url, req.headers, (msg) => {
          this.messages.push({ conn, msg });
          for (const w of this.#msgWaiters.splice(0)) w();
        });
        this.connections.push(conn);
        this.#onConnection?.(conn);
        for (const w of this.#connWaiters.splice(0)) w(conn);
      });
    });
  }

  static async start(): Promise<FakeProviderServer> {
    const s = new FakeProviderServer();
    await new Promise<void>((resolve) => s.#http.listen(0, '127.0.0.1', resolve));
    return s;
  }

  get url(): string {
    return `ws://127.0.0.1:${(this.#http.address() as AddressInfo).port}`;
  }

  /** Runs `script` for every new connection. */
  onConnection(script: (c: FakeConnection) => void): void {
    this.#onConnection = script;
  }

  /** The n-th connection (0-based), waiting for it to arrive. */
  connection(n: number): Promise<FakeConnection> {
    const existing = this.connections[n];
    if (existing) return Promise.resolve(existing);
    return new Promise((resolve) => {
      const check = () => {
        const c = this.connections[n];
        if (c) resolve(c);
        else this.#connWaiters.push(check);
      };
      this.#connWaiters.push(check);
    });
  }

  /** The n-th (0-based) client message on any connection for which `match` holds. */
  async nthMessage(
    n: number,
    match: (m: ClientMessage) => boolean,
  ): Promise<{ conn: FakeConnection; msg: ClientMessage }> {
    for (;;) {
      const found = this.messages.filter((m) => match(m.msg))[n];
      if (found) return found;
      await new Promise<void>((resolve) => this.#msgWaiters.push(resolve));
    }
  }

  /** Resolves when every accepted socket has closed. */
  async allClosed(): Promise<void> {
    await Promise.all(this.connections.map((c) => c.closed));
  }

  get openConnections(): number {
    return this.connections.filter((c) => c.open).length;
  }

  async stop(): Promise<void> {
    for (const ws of this.#wss.clients) ws.terminate();
    this.#http.closeAllConnections();
    await new Promise<void>((resolve) => this.#http.close(() => resolve()));
  }
}
