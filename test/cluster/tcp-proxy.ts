/** A TCP proxy a test can cut (every connection dropped, new ones refused) and restore. */
import { connect, createServer, type Server, type Socket } from 'node:net';

export class TcpProxy {
  readonly #server: Server;
  readonly #sockets: Set<Socket>;
  #open = true;

  private constructor(server: Server, sockets: Set<Socket>) {
    this.#server = server;
    this.#sockets = sockets;
  }

  static async start(target: { host: string; port: number }): Promise<TcpProxy & { port: number }> {
    const sockets = new Set<Socket>();
    let open = () => true;
    const server = createServer((client) => {
      if (!open()) {
        client.destroy();
        return;
      }
      const upstream = connect(target.port, target.host);
      for (const s of [client, upstream]) {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
        s.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    const proxy = new TcpProxy(server, sockets);
    open = () => proxy.open;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    return Object.assign(proxy, { port: typeof address === 'object' && address ? address.port : 0 });
  }

  get open(): boolean {
    return this.#open;
  }

  /** Drops every connection and refuses new ones (the database is unreachable). */
  cut(): void {
    this.#open = false;
    for (const s of this.#sockets) s.destroy();
  }

  restore(): void {
    this.#open = true;
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}
