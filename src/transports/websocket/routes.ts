/**
 * The Pipecat WebSocket transport (protobuf frames + RTVI): /start answers `{wsUrl, token}`; the
 * client connects to /ws?token=… and the session runs on that socket.
 */

import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { publicWsBaseUrl } from '../../http/public-url.ts';
import type { Clock } from '../../pipeline/clock.ts';
import type { TransportEnv } from '../config.ts';
import { type TransportConnection, wsConnection } from '../connection.ts';
import {
  defineTransport,
  type SessionTransport,
  type TransportHost,
  type TransportSession,
} from '../module.ts';
import { createWebSocketSession } from './session.ts';

/** A WebSocket client's part of its session. */
export function webSocketSessionTransport(
  connection: TransportConnection,
  opts: { clock: Clock; env: TransportEnv; name: string },
): SessionTransport {
  const ws = createWebSocketSession({ connection, clock: opts.clock, name: opts.name, env: opts.env });
  return {
    input: ws.transport.input,
    output: ws.transport.output,
    rtvi: ws.rtvi,
    observer: ws.observer,
    attach: (task) => ws.transport.attach(task),
  };
}

/** Builds a client's part of its session; tests substitute a stand-in for the real transport. */
export type WebSocketSessionFactory = (
  connection: TransportConnection,
  ctx: { session: TransportSession; host: TransportHost },
) => SessionTransport;

const realSession: WebSocketSessionFactory = (connection, { session, host }) =>
  webSocketSessionTransport(connection, {
    clock: host.clock,
    env: host.config.transport,
    name: `ws:${session.id.slice(0, 8)}`,
  });

export const createWebsocketTransport = (opts: { sessionTransport?: WebSocketSessionFactory } = {}) => {
  const sessionTransport = opts.sessionTransport ?? realSession;
  return defineTransport({
    kind: 'websocket',
    label: 'WebSocket',
    browserClient: 'websocket',
    // The Pipecat WebSocket client accepts exactly {wsUrl, token}: any other key throws.
    start: (session, request, host) => ({
      wsUrl: `${publicWsBaseUrl(request, host.config.publicUrl)}/ws`,
      token: session.token,
    }),
    async routes(app, { host }) {
      const query = z.looseObject({ token: z.string().optional().describe('The token /start returned') });
      const schema = {
        tags: ['sessions'],
        summary: 'Pipecat WebSocket session (protobuf frames)',
        querystring: query,
      };
      app
        .withTypeProvider<ZodTypeProvider>()
        .get('/ws', { websocket: true, schema }, async (socket, request) => {
          const { token } = request.query;
          let session = token ? host.sessions.findByToken(token) : undefined;
          if (!session && token && host.sessions.claim) {
            // Many nodes: a session placed here by another node. Hold the client's first messages
            // until the session is ours (the claim is one Redis round trip).
            socket.pause();
            try {
              session = await host.sessions.claim(token);
            } catch (err) {
              const status = (err as { statusCode?: number }).statusCode;
              const message = err instanceof Error ? err.message : String(err);
              // 4421 (another node), 4429 (full), 4503 (cluster unreachable); reasons fit 123 bytes.
              socket.close(
                status && status >= 400 && status < 600 ? 4000 + status : 1011,
                closeReason(message),
              );
              return;
            } finally {
              socket.resume();
            }
            if (session && socket.readyState !== socket.OPEN) {
              // The client left during the claim: its close event has passed, so end it here.
              void host.sessions.end(session.id, 'client gone before the session started');
              return;
            }
          }
          if (session?.transport !== 'websocket') {
            socket.close(4003, 'invalid or expired session token');
            return;
          }
          host.sessions
            .attach(session.id, (s) =>
              host.runSession(s, sessionTransport(wsConnection(socket), { session: s, host })),
            )
            .catch((err: unknown) => {
              request.log.error({ err, sessionId: session.id }, 'session failed to start');
              if (socket.readyState === socket.OPEN) socket.close(1011, 'session failed to start');
            });
        });
    },
  });
};

export const websocketTransport = createWebsocketTransport();

/** A WebSocket close reason is at most 123 bytes of UTF-8. */
function closeReason(message: string): string {
  const bytes = Buffer.from(message);
  return bytes.length <= 123
    ? message
    : `${bytes
        .subarray(0, 120)
        .toString('utf8')
        .replace(/\uFFFD+$/, '')}...`;
}
