import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { wsConnection } from './connection.ts';

let server: WebSocketServer | undefined;
let client: WebSocket | undefined;

afterEach(async () => {
  client?.terminate();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
  client = undefined;
});

/** A server-side socket wrapped as a TransportConnection, a client receiving, and the TCP writes counted. */
async function loopback() {
  server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => server!.once('listening', resolve));
  const accepted = new Promise<WebSocket>((resolve) => server!.once('connection', resolve));
  const { port } = server.address() as AddressInfo;
  client = new WebSocket(`ws://127.0.0.1:${port}`);
  const received: string[] = [];
  client.on('message', (data, isBinary) =>
    received.push(isBinary ? `bin:${(data as Buffer).toString('hex')}` : data.toString()),
  );
  await new Promise((resolve) => client!.once('open', resolve));
  const socket = await accepted;
  // Every write the TCP socket makes (one system call each): _write for one chunk, _writev for many.
  const tcp = (socket as unknown as { _socket: Duplex & Record<string, unknown> })._socket;
  const writes = { count: 0 };
  for (const name of ['_write', '_writev'] as const) {
    const original = tcp[name] as (...args: unknown[]) => unknown;
    tcp[name] = (...args: unknown[]) => {
      writes.count++;
      return original.apply(tcp, args);
    };
  }
  return { conn: wsConnection(socket), received, writes };
}

async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((r) => setTimeout(r, 5));
}

describe('wsConnection', () => {
  it('writes the messages sent in one tick together, in order, and later ones after them', async () => {
    const { conn, received, writes } = await loopback();
    conn.send('a');
    conn.send(Uint8Array.of(1, 2));
    await Promise.resolve();
    conn.send('b'); // a microtask of the same tick still joins the write
    await until(() => received.length === 3);
    expect(received).toEqual(['a', 'bin:0102', 'b']);
    expect(writes.count).toBe(1);

    await new Promise((r) => setTimeout(r, 0));
    conn.send('c');
    await until(() => received.length === 4);
    expect(received).toEqual(['a', 'bin:0102', 'b', 'c']);
    expect(writes.count).toBe(2);
  });

  it('sends nothing and throws nothing once the socket is closed', async () => {
    const { conn, received } = await loopback();
    conn.close(1000, 'done');
    expect(() => conn.send('late')).not.toThrow();
    await new Promise((r) => setTimeout(r, 20));
    expect(received).toEqual([]);
  });
});
