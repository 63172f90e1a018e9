/**
 * The WebSocket plumbing every streaming cloud provider shares: open a socket with headers
 * (failed upgrades become typed ServiceErrors with the HTTP status and the provider's error
 * detail), map close codes to error kinds, send JSON, and tear a socket down without leaking
 * it. Retries are not here: callers open sockets inside `ServiceBase.run`, which owns them.
 */
import type { IncomingMessage } from 'node:http';
import WebSocket from 'ws';
import type { Clock } from '../pipeline/clock.ts';
import { ServiceError, type ServiceErrorKind } from './service-base.ts';

export { WebSocket };

export interface WsConnectOptions {
  url: string;
  provider: string;
  headers?: Record<string, string>;
  /** Aborting stops the handshake (ServiceBase's per-attempt timeout or the caller). */
  signal: AbortSignal;
  /** Response headers that carry the provider's error text on a refused upgrade (e.g. `dg-error`). */
  errorHeaders?: string[];
  /**
   * Called with the socket before the handshake completes: a provider that speaks first (a
   * session-created event in the same packet as the upgrade) is heard only by listeners
   * attached by then.
   */
  beforeOpen?: (ws: WebSocket) => void;
}

/** Opens a socket; rejects with a ServiceError (auth, rate-limit, unavailable, network…). */
export function connectWebSocket(opts: WsConnectOptions): Promise<WebSocket> {
  const { signal } = opts;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<WebSocket>((resolve, reject) => {
    const ws = new WebSocket(opts.url, { headers: opts.headers ?? {}, perMessageDeflate: false });
    opts.beforeOpen?.(ws);
    let settled = false;
    const finish = (err: unknown | undefined) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      ws.off('open', onOpen);
      ws.off('unexpected-response', onResponse);
      if (err === undefined) {
        // Errors after the handshake are reported through close/error listeners of the owner.
        ws.off('error', onError);
        ws.on('error', () => {});
        resolve(ws);
      } else {
        ws.terminate();
        reject(err);
      }
    };
    const onOpen = () => finish(undefined);
    const onError = (err: Error) =>
      finish(
        new ServiceError(`could not connect to ${redact(opts.url)}: ${err.message}`, {
          kind: 'network',
          provider: opts.provider,
          cause: err,
        }),
      );
    const onAbort = () => finish(signal.reason);
    const onResponse = (_req: unknown, res: IncomingMessage) => {
      const status = res.statusCode ?? 0;
      const headerDetail = (opts.errorHeaders ?? [])
        .map((h) => res.headers[h.toLowerCase()])
        .find((v) => typeof v === 'string' && v.length > 0);
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        if (body.length < 2000) body += chunk;
      });
      const done = () => {
        const detail = (typeof headerDetail === 'string' ? headerDetail : bodyDetail(body)).slice(0, 300);
        finish(ServiceError.fromHttpStatus(opts.provider, status, detail));
      };
      res.on('end', done);
      res.on('error', done);
      res.on('aborted', done);
    };
    ws.on('open', onOpen);
    ws.on('error', onError);
    ws.on('unexpected-response', onResponse);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** `{error:{message}}`, `{message}`, `{detail}`, `{err_msg}` or the raw text. */
function bodyDetail(text: string): string {
  try {
    const json = JSON.parse(text) as Record<string, unknown>;
    const err = json.error;
    const candidates = [
      typeof err === 'object' && err !== null ? (err as { message?: unknown }).message : err,
      json.message,
      json.detail,
      json.err_msg,
      json.reason,
    ];
    const found = candidates.find((c) => typeof c === 'string' && c.length > 0);
    if (typeof found === 'string') return found;
    if (json.detail !== undefined) return JSON.stringify(json.detail);
    return text;
  } catch {
    return text;
  }
}

/** Hides credentials a provider may accept in the query string. */
export function redact(url: string): string {
  return url.replace(/([?&](?:api_key|token|access_token|xi_api_key|authorization)=)[^&]*/gi, '$1***');
}

const AUTH_WORDS = /auth|api[ _-]?key|unauthori[sz]ed|forbidden|credential|permission/i;
const RATE_WORDS = /quota|rate[ _-]?limit|too many|concurren|max_active|limit exceeded|429/i;

/**
 * A server-initiated close (or an in-band error message) as a ServiceError. Providers report
 * policy failures with 1008 and a reason, server faults with 1011; the reason text decides
 * between auth, rate limit and a rejected request because providers reuse the codes.
 */
export function closeError(
  provider: string,
  code: number,
  reason: string,
  what = 'closed the connection',
): ServiceError {
  const text = reason ? `: ${reason.slice(0, 300)}` : '';
  let kind: ServiceErrorKind;
  if (AUTH_WORDS.test(reason)) kind = 'auth';
  else if (RATE_WORDS.test(reason)) kind = 'rate-limit';
  else if (code === 1008 || code === 1003 || code === 1007 || code === 1009) kind = 'bad-request';
  else if (code === 1011 || code === 1012 || code === 1013 || code === 1014) kind = 'unavailable';
  else kind = 'network';
  const hint =
    kind === 'auth'
      ? '; check its API key'
      : kind === 'bad-request'
        ? '; check the model, voice and language settings'
        : '';
  return new ServiceError(`${provider} ${what} (code ${code})${text}${hint}`, { kind, provider });
}

/** Sends one JSON text frame; false when the socket is not open (nothing is queued). */
export function sendJson(ws: WebSocket, message: unknown): boolean {
  if (ws.readyState !== WebSocket.OPEN) return false;
  ws.send(JSON.stringify(message));
  return true;
}

/**
 * Closes politely and makes sure the socket is gone: `terminate()` after `graceMs` if the
 * server does not answer the close frame. Resolves when the socket is closed.
 */
export function shutdown(ws: WebSocket, clock: Clock, graceMs = 1000, code = 1000): Promise<void> {
  if (ws.readyState === WebSocket.CLOSED) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const timer = clock.setTimer(() => ws.terminate(), graceMs);
    ws.once('close', () => {
      timer.cancel();
      resolve();
    });
    if (ws.readyState === WebSocket.CONNECTING) ws.terminate();
    else if (ws.readyState === WebSocket.OPEN) ws.close(code);
  });
}

/** Text of a message frame (providers send JSON as text; some proxies turn it into binary). */
export function frameText(data: WebSocket.RawData): string {
  if (typeof data === 'string') return data;
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data as ArrayBuffer).toString('utf8');
}

/** Little-endian PCM16 bytes (base64 or raw) → samples, carrying an odd byte to the next call. */
export class Pcm16Decoder {
  #carry: Buffer | undefined;

  push(bytes: Buffer): Int16Array {
    const all = this.#carry ? Buffer.concat([this.#carry, bytes]) : bytes;
    const even = all.length & ~1;
    this.#carry = even < all.length ? Buffer.from(all.subarray(even)) : undefined;
    const out = new Int16Array(even / 2);
    for (let i = 0; i < out.length; i++) out[i] = all.readInt16LE(i * 2);
    return out;
  }
}
