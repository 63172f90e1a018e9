/**
 * The base URL of links the server hands out (the Pipecat wsUrl, the Twilio stream URL, the URL
 * Twilio signs). PUBLIC_URL when set — production requires it — so a client's Host header never
 * reaches them. Unset (development), the request's Host is used only when it is a plain
 * host[:port], so a malformed one cannot break or inject into the URL; otherwise the address the
 * request arrived on.
 */
import type { FastifyRequest } from 'fastify';

const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** `http(s)://host[:port]` without a trailing slash. */
export function publicBaseUrl(request: FastifyRequest, publicUrl: string | undefined): string {
  if (publicUrl) return publicUrl.replace(/\/+$/, '');
  const scheme = request.protocol === 'https' ? 'https' : 'http';
  const host = request.host;
  if (typeof host === 'string' && HOST.test(host)) return `${scheme}://${host}`;
  const { localAddress, localPort } = request.socket;
  const address = localAddress?.includes(':') ? `[${localAddress}]` : (localAddress ?? '127.0.0.1');
  return `${scheme}://${address}:${localPort}`;
}

/** The same base as a WebSocket URL (ws:// or wss://). */
export function publicWsBaseUrl(request: FastifyRequest, publicUrl: string | undefined): string {
  return publicBaseUrl(request, publicUrl).replace(/^http/, 'ws');
}
