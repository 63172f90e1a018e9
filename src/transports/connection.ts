/**
 * The one thing a transport needs from the network: an abstract duplex connection. Keeping
 * transports ignorant of Fastify (and of `ws`) lets the server adapt whatever socket it has and
 * lets tests drive a transport with a fake or a real loopback socket.
 */
import type { Duplex } from 'node:stream';
import type { RawData, WebSocket } from 'ws';

export interface TransportConnection {
  /** Binary data goes out as a binary WS frame, strings as text frames. Never throws. */
  send(data: Uint8Array | string): void;
  close(code?: number, reason?: string): void;
  /** `data` is a Uint8Array for binary frames and a string for text frames. */
  onMessage(cb: (data: Uint8Array | string) => void): void;
  /** Called once when the connection is gone (either side closed it or it broke). */
  onClose(cb: (code: number, reason: string) => void): void;
}

/** Adapts a `ws` WebSocket (what @fastify/websocket hands a route) to a TransportConnection. */
export function wsConnection(socket: WebSocket): TransportConnection {
  const OPEN = 1;
  return {
    send(data) {
      if (socket.readyState !== OPEN) return;
      corkForTick(socket);
      // Send errors surface as a close; nothing to do per message.
      socket.send(data, { binary: typeof data !== 'string' });
    },
    close(code, reason) {
      if (socket.readyState === OPEN || socket.readyState === 0) socket.close(code, reason);
    },
    onMessage(cb) {
      socket.on('message', (raw: RawData, isBinary: boolean) => {
        if (!isBinary) {
          cb(rawToBuffer(raw).toString('utf8'));
          return;
        }
        const buf = rawToBuffer(raw);
        cb(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
      });
    },
    onClose(cb) {
      socket.once('close', (code: number, reason: Buffer) => cb(code, reason.toString('utf8')));
    },
  };
}

function rawToBuffer(raw: RawData): Buffer {
  if (Buffer.isBuffer(raw)) return raw;
  if (Array.isArray(raw)) return Buffer.concat(raw);
  return Buffer.from(raw);
}

/** Sockets corked by `corkForTick` until their uncork runs. */
const corked = new WeakSet<Duplex>();

/**
 * Holds a WebSocket's writes until the current tick's work (its microtasks included) is done,
 * so messages sent together — a reply's first chunk with bot-started-speaking, a burst of
 * bot-llm-text tokens, a debug viewer's events of many sessions — leave in one write instead
 * of one system call each (socket writes were ~10 % of the main thread at 200 sessions). Order
 * is kept: the socket only buffers. ws corks around each frame itself; corks nest, so the
 * outer one decides when the buffer is written.
 */
export function corkForTick(socket: WebSocket): void {
  // ws keeps the TCP socket on a private field; without it (another implementation) no cork.
  const raw = (socket as unknown as { _socket?: Duplex })._socket;
  if (!raw || corked.has(raw) || raw.destroyed) return;
  corked.add(raw);
  raw.cork();
  process.nextTick(uncork, raw);
}

function uncork(raw: Duplex): void {
  corked.delete(raw);
  raw.uncork();
}
