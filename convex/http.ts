/**
 * HTTP actions the voice server calls: log a conversation turn, save an item for a session's
 * user, bring a guest's saved items into their account, deliver a research result. Every route needs the shared secret (`x-s2s-secret`, checked
 * in constant time); answers are JSON, errors `{ code, message }` with a status that tells the
 * server's outbox whether a retry can help (4xx: no, 5xx: yes).
 */

import type { FunctionReference } from 'convex/server';
import { httpRouter } from 'convex/server';
import { internal } from './_generated/api.js';
import { type ActionCtx, httpAction } from './_generated/server.js';
import { type ErrorCode, errorData } from './lib/errors.js';
import { SECRET_HEADER, secretMatches } from './lib/secret.js';
import { sharedSecret } from './lib/voiceServer.js';

const MAX_BODY_BYTES = 1_000_000;

const STATUS: Record<ErrorCode, number> = {
  unauthenticated: 401,
  invalid_argument: 400,
  not_found: 404,
  too_large: 413,
  conflict: 409,
  not_configured: 503,
  upstream: 502,
};

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/**
 * A guarded route running one internal mutation with the request's JSON body as its arguments;
 * the mutation's own validators check the body's shape.
 */
function voiceServerRoute(mutation: FunctionReference<'mutation', 'internal'>) {
  return httpAction(async (ctx: ActionCtx, request: Request) => {
    const secret = sharedSecret();
    if (!secret)
      return json(503, { code: 'not_configured', message: 'set VOICE_S2S_SECRET in the Convex environment' });
    if (!(await secretMatches(secret, request.headers.get(SECRET_HEADER))))
      return json(401, { code: 'unauthenticated', message: `missing or wrong ${SECRET_HEADER} header` });
    const raw = await request.text();
    if (raw.length > MAX_BODY_BYTES)
      return json(413, { code: 'too_large', message: `the body is over ${MAX_BODY_BYTES} bytes` });
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return json(400, { code: 'invalid_argument', message: 'the body is not valid JSON' });
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      return json(400, { code: 'invalid_argument', message: 'the body must be a JSON object' });
    try {
      return json(200, await ctx.runMutation(mutation, body as Record<string, unknown>));
    } catch (err) {
      const data = errorData(err);
      if (data) return json(STATUS[data.code], { code: data.code, message: data.message });
      // Arguments that fail the mutation's validators: the deployment names the error
      // ArgumentValidationError, the in-memory test backend "Validator error".
      const text = (err as Error).message ?? '';
      if (/ArgumentValidationError|Validator error/.test(text))
        return json(400, { code: 'invalid_argument', message: text.split('\n')[0]?.slice(0, 500) });
      throw err;
    }
  });
}

const http = httpRouter();
http.route({ path: '/voice/turn', method: 'POST', handler: voiceServerRoute(internal.turns.log) });
http.route({
  path: '/voice/saved-item',
  method: 'POST',
  handler: voiceServerRoute(internal.savedItems.addForSession),
});
http.route({
  path: '/voice/claim-guest',
  method: 'POST',
  handler: voiceServerRoute(internal.claims.importGuest),
});
http.route({
  path: '/voice/research-result',
  method: 'POST',
  handler: voiceServerRoute(internal.research.deliver),
});

export default http;
