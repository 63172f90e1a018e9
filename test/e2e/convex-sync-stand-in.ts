/// <reference types="vite/client" />
/**
 * A stand-in Convex deployment for tests (no hosted Convex is reachable from this machine and no
 * local backend is installable): a WebSocket server speaking the Convex client's sync protocol
 * (as node_modules/convex/src/browser/sync/protocol.ts defines it) in front of OUR convex/
 * functions running in convex-test's in-memory backend. The identity of a connection comes from
 * the JWT it authenticates with, verified by the caller's `verify` (a JWKS in the browser test).
 *
 * Each connection keeps the version the client expects (query set, identity, timestamp). A
 * successful mutation commits one timestamp: the mutating connection gets its MutationResponse,
 * then every connection's subscribed queries are re-run and a Transition carries what changed —
 * which is what makes `useQuery` live. Writes by "another path" (the voice server's HTTP actions)
 * go through `write`, or through the HTTP actions served on the same port, and re-run the
 * subscriptions the same way.
 *
 * Not modelled: chunked transitions, query journals (pagination), components, admin auth,
 * Pings (the client reconnects after 60 s without a message; tests are shorter), and read-set
 * tracking (every subscription is re-run after every write; the client sees only changed results
 * either way).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { makeFunctionReference, type UserIdentity } from 'convex/server';
import { ConvexError, convexToJson, type JSONValue, jsonToConvex, type Value } from 'convex/values';
import { convexTest, type TestConvex } from 'convex-test';
import { type WebSocket, WebSocketServer } from 'ws';
import schema from '../../convex/schema.ts';

const modules = import.meta.glob('../../convex/**/*.*s');

export type Backend = TestConvex<typeof schema>;
export type Identity = Pick<UserIdentity, 'issuer' | 'subject' | 'tokenIdentifier'> & {
  name?: string;
  email?: string;
};

export interface ConvexSyncStandInOptions {
  /** The identity a user token stands for; throws when the token is not acceptable. */
  verify(token: string): Promise<Identity>;
}

export interface ConvexSyncStandIn {
  /**
   * The deployment URL a Convex client is given (http://127.0.0.1:port); its HTTP actions are
   * served there too (the voice server's CONVEX_URL).
   */
  url: string;
  backend: Backend;
  /** Runs a write against the backend as another path would, then pushes what it changed. */
  write<T>(run: (backend: Backend) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

type Kind = 'query' | 'mutation' | 'action';

interface Subscription {
  udfPath: string;
  args: Record<string, Value>;
  /** The last result sent, serialized, so only changes are pushed. */
  sent?: string;
}

interface Connection {
  ws: WebSocket;
  querySet: number;
  identityVersion: number;
  ts: bigint;
  identity: Identity | null;
  queries: Map<number, Subscription>;
}

type Modification =
  | { type: 'QueryUpdated'; queryId: number; value: JSONValue; logLines: string[]; journal: null }
  | {
      type: 'QueryFailed';
      queryId: number;
      errorMessage: string;
      logLines: string[];
      errorData: JSONValue;
      journal: null;
    }
  | { type: 'QueryRemoved'; queryId: number };

/** The protocol's u64 timestamps travel as base64 of 8 little-endian bytes. */
function encodeTs(ts: bigint): string {
  const bytes = Buffer.alloc(8);
  bytes.writeBigUInt64LE(ts);
  return bytes.toString('base64');
}

/** "savedItems:list" (or "savedItems.js:list") → the module's file key and the export name. */
function locate(udfPath: string): { file: string; name: string } {
  const [modulePath = '', name = 'default'] = udfPath.split(':');
  return { file: `../../convex/${modulePath.replace(/\.js$/, '')}.ts`, name };
}

interface Outcome {
  ok: boolean;
  value?: JSONValue;
  message?: string;
  errorData?: JSONValue;
}

export async function startConvexSyncStandIn(opts: ConvexSyncStandInOptions): Promise<ConvexSyncStandIn> {
  const backend = convexTest(schema, modules);
  const connections = new Set<Connection>();
  let committed = 1n;
  // One operation at a time, like a serializable backend: a mutation and the re-run queries see
  // one consistent state, and messages leave in the order they were handled.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(op: () => Promise<T>): Promise<T> => {
    const next = queue.then(op, op);
    queue = next.catch(() => undefined);
    return next;
  };

  /** Runs one of our public functions the way a client may: internal functions are refused. */
  async function call(kind: Kind, udfPath: string, args: Value, identity: Identity | null): Promise<Outcome> {
    const { file, name } = locate(udfPath);
    const load = modules[file];
    const fn = load
      ? ((await load()) as Record<string, Record<string, unknown> | undefined>)[name]
      : undefined;
    const flag = kind === 'query' ? 'isQuery' : kind === 'mutation' ? 'isMutation' : 'isAction';
    if (!fn?.[flag] || !fn.isPublic)
      return { ok: false, message: `Could not find public function for '${udfPath}'`, errorData: null };
    const caller = identity ? backend.withIdentity(identity) : backend;
    const callArgs = args as Record<string, Value>;
    try {
      const result =
        kind === 'query'
          ? await caller.query(makeFunctionReference<'query', Record<string, Value>>(udfPath), callArgs)
          : kind === 'mutation'
            ? await caller.mutation(
                makeFunctionReference<'mutation', Record<string, Value>>(udfPath),
                callArgs,
              )
            : await caller.action(makeFunctionReference<'action', Record<string, Value>>(udfPath), callArgs);
      return { ok: true, value: convexToJson((result ?? null) as Value) };
    } catch (err) {
      if (err instanceof ConvexError)
        return { ok: false, message: err.message, errorData: convexToJson(err.data as Value) };
      return { ok: false, message: err instanceof Error ? err.message : String(err), errorData: null };
    }
  }

  async function run(conn: Connection, queryId: number, sub: Subscription, force: boolean) {
    const outcome = await call('query', sub.udfPath, sub.args, conn.identity);
    const serialized = JSON.stringify(outcome);
    if (!force && serialized === sub.sent) return undefined;
    sub.sent = serialized;
    const modification: Modification = outcome.ok
      ? { type: 'QueryUpdated', queryId, value: outcome.value ?? null, logLines: [], journal: null }
      : {
          type: 'QueryFailed',
          queryId,
          errorMessage: outcome.message ?? 'query failed',
          logLines: [],
          errorData: outcome.errorData ?? null,
          journal: null,
        };
    return modification;
  }

  function send(conn: Connection, message: Record<string, unknown>) {
    if (conn.ws.readyState === conn.ws.OPEN) conn.ws.send(JSON.stringify(message));
  }

  /** Moves the client from the version it holds to the connection's current one. */
  function transition(
    conn: Connection,
    from: { querySet: number; identity: number; ts: bigint },
    mods: Modification[],
  ) {
    conn.ts = committed;
    send(conn, {
      type: 'Transition',
      startVersion: { querySet: from.querySet, identity: from.identity, ts: encodeTs(from.ts) },
      endVersion: { querySet: conn.querySet, identity: conn.identityVersion, ts: encodeTs(conn.ts) },
      modifications: mods,
    });
  }

  const versionOf = (conn: Connection) => ({
    querySet: conn.querySet,
    identity: conn.identityVersion,
    ts: conn.ts,
  });

  /** Re-runs every subscription of every connection after a commit and pushes the changes. */
  async function publish() {
    for (const conn of connections) {
      const from = versionOf(conn);
      const mods: Modification[] = [];
      for (const [queryId, sub] of conn.queries) {
        const mod = await run(conn, queryId, sub, false);
        if (mod) mods.push(mod);
      }
      transition(conn, from, mods);
    }
  }

  async function handle(conn: Connection, message: Record<string, unknown>) {
    switch (message.type) {
      case 'Connect':
      case 'Event':
        return;
      case 'Authenticate': {
        const baseVersion = Number(message.baseVersion);
        let identity: Identity | null = null;
        if (message.tokenType === 'User') {
          try {
            identity = await opts.verify(String(message.value));
          } catch (err) {
            send(conn, {
              type: 'AuthError',
              error: `Could not verify the token: ${err instanceof Error ? err.message : String(err)}`,
              baseVersion,
              authUpdateAttempted: true,
            });
            return;
          }
        } else if (message.tokenType !== 'None') {
          send(conn, { type: 'FatalError', error: 'the stand-in accepts user tokens only' });
          conn.ws.close();
          return;
        }
        const from = versionOf(conn);
        conn.identity = identity;
        conn.identityVersion = baseVersion + 1;
        // Every result may depend on who asks.
        const mods: Modification[] = [];
        for (const [queryId, sub] of conn.queries) {
          const mod = await run(conn, queryId, sub, false);
          if (mod) mods.push(mod);
        }
        transition(conn, from, mods);
        return;
      }
      case 'ModifyQuerySet': {
        if (message.baseVersion !== conn.querySet) {
          send(conn, {
            type: 'FatalError',
            error: `query set version ${String(message.baseVersion)} is stale`,
          });
          conn.ws.close();
          return;
        }
        const from = versionOf(conn);
        conn.querySet = Number(message.newVersion);
        const mods: Modification[] = [];
        for (const change of message.modifications as Record<string, unknown>[]) {
          const queryId = Number(change.queryId);
          if (change.type === 'Remove') {
            conn.queries.delete(queryId);
            mods.push({ type: 'QueryRemoved', queryId });
            continue;
          }
          const sub: Subscription = {
            udfPath: String(change.udfPath),
            args: jsonToConvex((change.args as JSONValue[])[0] ?? {}) as Record<string, Value>,
          };
          conn.queries.set(queryId, sub);
          const mod = await run(conn, queryId, sub, true);
          if (mod) mods.push(mod);
        }
        transition(conn, from, mods);
        return;
      }
      case 'Mutation':
      case 'Action': {
        const kind = message.type === 'Mutation' ? 'mutation' : 'action';
        const args = jsonToConvex((message.args as JSONValue[])[0] ?? {});
        const outcome = await call(kind, String(message.udfPath), args, conn.identity);
        const type = kind === 'mutation' ? 'MutationResponse' : 'ActionResponse';
        if (!outcome.ok) {
          send(conn, {
            type,
            requestId: message.requestId,
            success: false,
            result: outcome.message,
            logLines: [],
            errorData: outcome.errorData,
          });
          return;
        }
        if (kind === 'action') {
          send(conn, {
            type,
            requestId: message.requestId,
            success: true,
            result: outcome.value,
            logLines: [],
          });
          // What the action's own mutations wrote is one more commit for the subscribers.
          committed += 1n;
          await publish();
          return;
        }
        committed += 1n;
        // The client resolves the mutation once a Transition reaches its timestamp (read your writes).
        send(conn, {
          type,
          requestId: message.requestId,
          success: true,
          result: outcome.value,
          ts: encodeTs(committed),
          logLines: [],
        });
        await publish();
        return;
      }
      default:
        send(conn, { type: 'FatalError', error: `unknown message type ${String(message.type)}` });
        conn.ws.close();
    }
  }

  // The deployment's HTTP actions (what .convex.site serves) on the same port: the voice server's
  // link posts there, and what an action writes is one more commit for the subscribers.
  const http: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void serial(async () => {
        const headers = new Headers();
        for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
        const answer = await backend.fetch(req.url ?? '/', {
          method: req.method ?? 'GET',
          headers,
          ...(req.method === 'GET' || req.method === 'HEAD' ? {} : { body: Buffer.concat(chunks) }),
        });
        const text = await answer.text();
        if (answer.ok) {
          committed += 1n;
          await publish();
        }
        res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'text/plain' });
        res.end(text);
      }).catch((err: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(String(err));
      });
    });
  });
  const wss = new WebSocketServer({ server: http });
  wss.on('connection', (ws, req) => {
    if (!/\/api\/[^/]+\/sync$/.test(new URL(req.url ?? '/', 'http://stand-in').pathname)) {
      ws.close(1008, 'not the sync endpoint');
      return;
    }
    const conn: Connection = {
      ws,
      querySet: 0,
      identityVersion: 0,
      ts: 0n,
      identity: null,
      queries: new Map(),
    };
    connections.add(conn);
    ws.on('close', () => connections.delete(conn));
    ws.on('message', (data) => {
      let message: Record<string, unknown>;
      try {
        message = JSON.parse(String(data)) as Record<string, unknown>;
      } catch {
        ws.close(1003, 'not JSON');
        return;
      }
      void serial(() => handle(conn, message));
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));

  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
    backend,
    write: (op) =>
      serial(async () => {
        const result = await op(backend);
        committed += 1n;
        await publish();
        return result;
      }),
    async close() {
      for (const conn of connections) conn.ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
