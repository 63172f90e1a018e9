/**
 * Phone calls through Twilio Media Streams: the voice webhook answers with TwiML connecting the
 * call to our stream socket, carrying a one-use session token as a stream parameter (Twilio
 * does not pass query strings on stream URLs); the socket attaches the call once its `start`
 * event presents that token. With TWILIO_AUTH_TOKEN set, webhooks must carry a valid
 * X-Twilio-Signature.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { wsConnection } from '../connection.ts';
import { defineTransport, type SessionTransport } from '../module.ts';
import { createTwilioSession, TWILIO_PIPELINE_PARAMS } from './session.ts';
import type { TwilioTransport } from './transport.ts';
import { connectStreamTwiml } from './twiml.ts';

/** Twilio's request signature: base64 HMAC-SHA1 of the URL followed by the sorted POST params. */
export function twilioSignature(authToken: string, url: string, params: Record<string, string>): string {
  const data = Object.keys(params)
    .sort()
    .reduce((acc, key) => acc + key + params[key], url);
  return createHmac('sha1', authToken).update(data, 'utf8').digest('base64');
}

function publicUrl(request: FastifyRequest, configured: string | undefined, path: string): string {
  const base = configured?.replace(/\/$/, '') ?? `${request.protocol}://${request.host}`;
  return `${base}${path}`;
}

/** A phone call's part of its session: µ-law 8 kHz both ways, no RTVI. */
export function twilioSessionTransport(twilio: TwilioTransport): SessionTransport {
  return {
    input: twilio.input,
    output: twilio.output,
    params: TWILIO_PIPELINE_PARAMS,
    attach: (task) => twilio.attach(task),
  };
}

/** Phone calls are not started by /start: Twilio's voice webhook reserves them. */
export const twilioTransport = defineTransport({
  kind: 'twilio',
  label: 'Phone (Twilio)',
  async routes(app, { host }) {
    const { sessions } = host;
    const authToken = host.config.twilio.TWILIO_AUTH_TOKEN;
    // Encapsulated: Twilio's form posts are parsed here only, not by every route of the server.
    app.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string' },
      (_req, body, done) => {
        done(
          null,
          Object.fromEntries(new URLSearchParams(typeof body === 'string' ? body : body.toString('utf8'))),
        );
      },
    );

    app.withTypeProvider<ZodTypeProvider>().post(
      '/telephony/twilio',
      {
        schema: {
          tags: ['telephony'],
          summary: 'Twilio voice webhook: answers with TwiML connecting the call to the media stream',
          // Every field is signed, so all are kept (From, CallSid, … as Twilio sends them).
          body: z.record(z.string(), z.string()),
        },
      },
      async (request, reply) => {
        const params = request.body;
        if (authToken) {
          const given = Buffer.from(String(request.headers['x-twilio-signature'] ?? ''));
          const expected = Buffer.from(
            twilioSignature(authToken, publicUrl(request, host.config.publicUrl, request.url), params),
          );
          if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
            return reply.status(403).send({ detail: 'invalid Twilio signature' });
          }
        }
        // A caller gets a stable guest identity per number; account data still needs identity verification.
        const caller = params.From ?? params.CallSid ?? 'unknown';
        const userId = `guest_phone_${createHash('sha256').update(caller).digest('base64url').slice(0, 22)}`;
        await host.ensureGuest(userId);
        try {
          const session = sessions.reserve({ userId, transport: 'twilio', ip: request.ip, language: 'en' });
          host.reserved('twilio');
          const streamUrl = publicUrl(request, host.config.publicUrl, '/telephony/twilio/ws').replace(
            /^http/,
            'ws',
          );
          return reply.type('text/xml').send(connectStreamTwiml(streamUrl, { token: session.token }));
        } catch (err) {
          // The host's session limits throw with status 429 (busy): the caller hears why and hangs up.
          if ((err as { statusCode?: number }).statusCode === 429) {
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
      const twilio = createTwilioSession({
        connection: wsConnection(socket),
        clock: host.clock,
        name: 'twilio',
        env: host.config.transport,
      });
      twilio.onCallStart((call) => {
        const session = sessions.findByToken(call.customParameters.token ?? '');
        if (session?.transport !== 'twilio') {
          request.log.warn({ callSid: call.callSid }, 'twilio stream without a valid session token');
          twilio.close();
          return;
        }
        sessions
          .attach(session.id, (s) => host.runSession(s, twilioSessionTransport(twilio)))
          .catch((err: unknown) => {
            request.log.error({ err, sessionId: session.id }, 'twilio session failed to start');
            twilio.close();
          });
      });
    });
  },
});
