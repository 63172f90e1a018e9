/**
 * Calls from Convex actions to the Voice Shopper server. Its URL and the shared secret are
 * Convex environment variables (`npx convex env set`); the caller's identity travels in headers
 * next to the secret, because an action sees the verified identity but not the raw session token.
 */
import type { UserIdentity } from 'convex/server';
import { fail } from './errors.js';
import { SECRET_HEADER } from './secret.js';

export const USER_ISSUER_HEADER = 'x-s2s-user-issuer';
export const USER_SUBJECT_HEADER = 'x-s2s-user-subject';
const TIMEOUT_MS = 15_000;

export interface VoiceServerConfig {
  url: string;
  secret: string;
}

export function voiceServerConfig(): VoiceServerConfig {
  const url = process.env.VOICE_SERVER_URL?.trim().replace(/\/+$/, '');
  const secret = process.env.VOICE_S2S_SECRET?.trim();
  if (!url || !secret)
    return fail('not_configured', 'set VOICE_SERVER_URL and VOICE_S2S_SECRET in the Convex environment');
  if (!/^https?:\/\//.test(url)) return fail('not_configured', 'VOICE_SERVER_URL must be an http(s) URL');
  return { url, secret };
}

/** The secret shared with the voice server, for the HTTP actions it calls; undefined when unset. */
export function sharedSecret(): string | undefined {
  return process.env.VOICE_S2S_SECRET?.trim() || undefined;
}

/**
 * One JSON request to the voice server on behalf of `identity`. Network failures and non-2xx
 * answers become an `upstream` error carrying the status and the server's `detail`.
 */
export async function callVoiceServer(
  config: VoiceServerConfig,
  identity: Pick<UserIdentity, 'issuer' | 'subject'>,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${config.url}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        [SECRET_HEADER]: config.secret,
        [USER_ISSUER_HEADER]: identity.issuer,
        [USER_SUBJECT_HEADER]: identity.subject,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (err) {
    return fail('upstream', `the voice server did not answer: ${(err as Error).message}`, { status: 0 });
  }
  const answer: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const detail =
      typeof answer === 'object' &&
      answer !== null &&
      typeof (answer as { detail?: unknown }).detail === 'string'
        ? (answer as { detail: string }).detail
        : response.statusText;
    return fail('upstream', `the voice server answered ${response.status}: ${detail}`, {
      status: response.status,
    });
  }
  if (typeof answer !== 'object' || answer === null)
    return fail('upstream', 'the voice server answered without a JSON object', { status: response.status });
  return answer;
}
