/**
 * The primary's side of a new connection (one process per core): read the first request head
 * (bounded in size and time), refuse what is malformed, and say where it goes (route.ts).
 */
import type net from 'node:net';
import { parseHead, type RequestHead, type Route, routeRequest } from './route.ts';

/**
 * A client must send its request head within this long after connecting: Node's own
 * headersTimeout, so a browser's idle preconnected socket lives as long as with one process.
 */
const HEAD_TIMEOUT_MS = 60_000;

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  408: 'Request Timeout',
  431: 'Request Header Fields Too Large',
  503: 'Service Unavailable',
};

/** Answers on a socket no worker will serve, then closes it. */
export function refuse(socket: net.Socket, status: number, detail: string): void {
  const body = JSON.stringify({ detail });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Error'}\r\ncontent-type: application/json\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
  socket.destroySoon();
}

/** A new head with `target` in place of the request target (the `/_w/…` prefix stripped). */
export function retarget(buf: Buffer, head: RequestHead, target: string): Buffer {
  const eol = buf.indexOf('\r\n');
  return Buffer.concat([
    Buffer.from(`${head.method} ${target} HTTP/${head.version}`, 'latin1'),
    buf.subarray(eol),
  ]);
}

/**
 * Reads `socket` (accepted paused) until its first request head — and, for the signaling route,
 * its small body — is in, then calls `routed` with every byte read. Refuses (and closes) a head
 * that is malformed, too large or too slow.
 */
export function readFirstRequest(
  socket: net.Socket,
  run: string,
  routed: (buf: Buffer, head: RequestHead, route: Route) => void,
): void {
  let buf: Buffer = Buffer.alloc(0);
  const timer = setTimeout(() => {
    stop();
    refuse(socket, 408, 'the request was not received in time');
  }, HEAD_TIMEOUT_MS);
  const stop = () => {
    clearTimeout(timer);
    socket.off('data', onData);
  };
  // A client that resets while we read or are refused: nothing to answer (kept for good: an
  // unhandled socket error would end the primary).
  socket.on('error', stop);
  socket.on('close', stop);
  const onData = (chunk: Buffer) => {
    buf = buf.length === 0 ? chunk : Buffer.concat([buf, chunk]);
    const parsed = parseHead(buf);
    if (parsed.state === 'incomplete') return;
    if (parsed.state === 'invalid') {
      stop();
      refuse(socket, parsed.status, parsed.message);
      return;
    }
    const { head } = parsed;
    let route = routeRequest(head, run);
    if (route.kind === 'body') {
      if (buf.length < head.length + route.bytes) return;
      route = routeRequest(head, run, buf.subarray(head.length, head.length + route.bytes));
    }
    stop();
    routed(buf, head, route);
  };
  socket.on('data', onData);
  socket.resume();
}
