/// <reference types="vite/client" />
/**
 * The in-memory Convex backend (convex-test) loaded with the convex/ folder's functions, and a
 * stand-in for the voice server's HTTP API that records what the functions sent it.
 */
import { convexTest } from 'convex-test';
import { vi } from 'vitest';
import schema from '../../convex/schema.ts';

const modules = import.meta.glob('../../convex/**/*.*s');

export const SECRET = 's2s-secret-that-is-at-least-32-characters-long';
export const SERVER_URL = 'https://voice.example.test';

/** A backend with the voice server configured the way a deployment's environment would. */
export function newBackend(env: { url?: string; secret?: string } = {}) {
  vi.stubEnv('VOICE_SERVER_URL', env.url ?? SERVER_URL);
  vi.stubEnv('VOICE_S2S_SECRET', env.secret ?? SECRET);
  return convexTest(schema, modules);
}

export const ANN = { issuer: 'https://clerk.example.test', subject: 'user_ann', name: 'Ann' };
export const BOB = { issuer: 'https://clerk.example.test', subject: 'user_bob', name: 'Bob' };

export interface SentRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

/**
 * Replaces `fetch` with `answer`, which sees each request the functions make (path relative to
 * the server URL, headers, parsed JSON body); returns the list of requests seen.
 */
export function stubVoiceServer(
  answer: (
    request: SentRequest,
  ) => { status: number; body: unknown } | Promise<{ status: number; body: unknown }>,
): SentRequest[] {
  const sent: SentRequest[] = [];
  vi.stubGlobal('fetch', async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = new URL(String(input));
    const text = typeof init.body === 'string' ? init.body : undefined;
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, key) => {
      headers[key] = value;
    });
    const request: SentRequest = {
      method: init.method ?? 'GET',
      path: `${url.pathname}${url.search}`,
      headers,
      body: text === undefined ? undefined : JSON.parse(text),
    };
    sent.push(request);
    const reply = await answer(request);
    return new Response(JSON.stringify(reply.body), {
      status: reply.status,
      headers: { 'content-type': 'application/json' },
    });
  });
  return sent;
}

/** The `{ code, message }` a ConvexError carries (what a client would read), for assertions. */
export async function errorOf(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (err) {
    const data = (err as { data?: unknown }).data;
    if (typeof data === 'object' && data !== null) return data as { code: string; message: string };
    return { code: 'not-a-convex-error', message: String((err as Error).message) };
  }
  throw new Error('expected the call to fail');
}
