/**
 * One POST to the convex/ module's HTTP actions, with the shared secret and a timeout on the
 * injected clock, and what the answer means for an outbox: delivered, retry later (network,
 * timeout, 5xx, 408/429, credentials or a bare 404 that a fixed setting cures), refused for good
 * (another 4xx), or gone (the module's own "no such voice session").
 */
import type { Clock } from '../../pipeline/clock.ts';
import { S2S_HEADER } from '../s2s/secret.ts';

export type Outcome =
  | { ok: true; body: unknown }
  | { ok: false; retry: boolean; gone: boolean; error: string };

export interface ConvexPoster {
  /** The deployment's HTTP actions URL (no trailing slash). */
  url: string;
  secret: string;
  clock: Clock;
  timeoutMs: number;
  fetch: typeof fetch;
  /** Aborts the request when the caller closes. */
  signal: AbortSignal;
}

export async function postToConvex(
  o: ConvexPoster,
  path: string,
  body: Record<string, unknown>,
): Promise<Outcome> {
  const controller = new AbortController();
  const timeout = o.clock.setTimer(
    () => controller.abort(new Error(`no answer within ${o.timeoutMs} ms`)),
    o.timeoutMs,
  );
  try {
    const res = await o.fetch(`${o.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [S2S_HEADER]: o.secret },
      body: JSON.stringify(body),
      signal: AbortSignal.any([controller.signal, o.signal]),
      redirect: 'error',
    });
    if (res.ok) return { ok: true, body: await res.json().catch(() => undefined) };
    const answer = (await res.json().catch(() => undefined)) as
      | { code?: unknown; message?: unknown }
      | undefined;
    const error = `HTTP ${res.status}${typeof answer?.message === 'string' ? `: ${answer.message.slice(0, 300)}` : ''}`;
    // The module's own "no such voice session" (JSON); a bare 404 is a wrong URL: retried.
    if (res.status === 404 && answer?.code === 'not_found')
      return { ok: false, retry: false, gone: true, error };
    const retry =
      res.status >= 500 ||
      res.status === 408 ||
      res.status === 429 ||
      res.status === 401 ||
      res.status === 403 ||
      res.status === 404;
    return { ok: false, retry, gone: false, error };
  } catch (err) {
    const error =
      err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err);
    return { ok: false, retry: true, gone: false, error };
  } finally {
    timeout.cancel();
  }
}
