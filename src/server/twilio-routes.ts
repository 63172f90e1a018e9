/**
 * Phone calls through Twilio Media Streams: the voice webhook answers with TwiML connecting the
 * call to our stream socket, carrying a one-use session token as a stream parameter (Twilio
 * does not pass query strings on stream URLs); the socket attaches the call once its `start`
 * event presents that token. With TWILIO_AUTH_TOKEN set, webhooks must carry a valid
 * X-Twilio-Signature.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import { wsConnection } from '../transports/connection.ts';
import { connectStreamTwiml } from '../transports/twilio/twiml.ts';
import type { ServerEnv } from './config.ts';
import type { DebugBus } from './debug-bus.ts';
import { ensureGuest } from './identity.ts';
import type { ServerMetrics } from './metrics.ts';
import type { SessionServices } from './session/services.ts';
import { SessionLimitError, type SessionManager } from './sessions.ts';

export interface TwilioRouteDeps {
  env: ServerEnv;
  db: Kysely<Database>;
  sessions: SessionManager;
  services: SessionServices;
  metrics: ServerMetrics;
  debug: DebugBus;
  /** Twilio account auth token; when set, webhook signatures are verified. */
  authToken?: string;
}

/** Twilio's request signature: base64 HMAC-SHA1 of the URL followed by the sorted POST params. */
export function twilioSignature(authToken: string, url: string, params: Record<string, string>): string {
  const data = Object.keys(params)
    .sort()
    .reduce((acc, key) => acc + key + params[key], url);
  return createHmac('sha1', authToken).update(data, 'utf8').digest('base64');
}

function publicUrl(request: FastifyRequest, env: ServerEnv, path: string): string {
  const base = env.PUBLIC_URL?.replace(/\/$/, '') ?? `${request.protocol}://${request.host}`;
  return `${base}${path}`;
}

export async function registerTwilioRoutes(app: FastifyInstance, deps: TwilioRouteDeps): Promise<void> {
  const { env, sessions } = deps;
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => {
    done(
      null,
      Object.fromEntries(new URLSearchParams(typeof body === 'string' ? body : body.toString('utf8'))),
    );
  });

  app.post(
    '/telephony/twilio',
    {
      schema: {
        tags: ['telephony'],
        summary: 'Twilio voice webhook: answers with TwiML connecting the call to the media stream',
      },
    },
    async (request, reply) => {
      const params = (request.body ?? {}) as Record<string, string>;
      if (deps.authToken) {
        const given = Buffer.from(String(request.headers['x-twilio-signature'] ?? ''));
        const expected = Buffer.from(
          twilioSignature(deps.authToken, publicUrl(request, env, request.url), params),
        );
        if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
          return reply.status(403).send({ detail: 'invalid Twilio signature' });
        }
      }
      // A caller gets a stable guest identity per number; account data still needs identity verification.
      const caller = params.From ?? params.CallSid ?? 'unknown';
      const userId = `guest_phone_${createHash('sha256').update(caller).digest('base64url').slice(0, 22)}`;
      await ensureGuest(deps.db, userId);
      try {
        const session = sessions.reserve({ userId, transport: 'twilio', ip: request.ip, language: 'en' });
        deps.metrics.sessionsTotal.inc({ transport: 'twilio' });
        const streamUrl = publicUrl(request, env, '/telephony/twilio/ws').replace(/^http/, 'ws');
        return reply.type('text/xml').send(connectStreamTwiml(streamUrl, { token: session.token }));
      } catch (err) {
        if (err instanceof SessionLimitError) {
          return reply
            .type('text/xml')
            .send(
              '<?xml version="1.0" encoding="UTF-8"?><Response><Say>Sorry, all our assistants are busy. Please call again in a few minutes.</Say><Hangup/></Response>',
            );
        }
        throw err;
      }
    },
  );

  app.get('/telephony/twilio/ws', { websocket: true }, (socket, request) => {
    const twilio = deps.services.twilioTransport(wsConnection(socket));
    twilio.onCallStart((call) => {
      const session = sessions.findByToken(call.customParameters.token ?? '');
      if (session?.transport !== 'twilio') {
        request.log.warn({ callSid: call.callSid }, 'twilio stream without a valid session token');
        twilio.close();
        return;
      }
      sessions
        .attach(session.id, (s) =>
          deps.services.runSession({
            session: s,
            transport: deps.services.twilioSessionTransport(twilio),
            metrics: deps.metrics,
            debug: deps.debug,
            idleTimeoutMs: env.SESSION_IDLE_TIMEOUT_S * 1000,
          }),
        )
        .catch((err: unknown) => {
          request.log.error({ err, sessionId: session.id }, 'twilio session failed to start');
          twilio.close();
        });
    });
  });
}
