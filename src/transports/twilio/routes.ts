/**
 * Phone calls through Twilio Media Streams: the voice webhook answers with TwiML connecting the
 * call to our stream socket, carrying a one-use session token as a stream parameter (Twilio
 * does not pass query strings on stream URLs); the socket attaches the call once its `start`
 * event presents that token.
 *
 * The webhook is open to the internet, so: with TWILIO_AUTH_TOKEN set it must carry a valid
 * X-Twilio-Signature (production refuses to start without one), and only a signed `From` gives
 * the caller their stable phone identity; it is rate-limited per IP and overall; phone calls hold
 * at most their share of the sessions (the session manager's per-transport cap). A media socket
 * must send `start` within a few seconds, and one address holds a bounded number of them.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HttpError } from '../../http/errors.ts';
import { publicBaseUrl, publicWsBaseUrl } from '../../http/public-url.ts';
import { WindowCounter } from '../../http/window-counter.ts';
import { workerPathPrefix } from '../../http/worker-tag.ts';
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

const BUSY_TWIML =
  '<?xml version="1.0" encoding="UTF-8"?><Response><Say>Sorry, all our assistants are busy. Please call again in a few minutes.</Say><Hangup/></Response>';

function busy(reply: FastifyReply) {
  return reply.type('text/xml').send(BUSY_TWIML);
}

/**
 * The caller's identity: a stable guest per number only when Twilio signed the request (the
 * number is then Twilio's word); an unsigned `From` is anyone's claim, so that call is a new guest.
 */
function callerId(params: Record<string, string>, signed: boolean): string {
  if (signed && params.From)
    return `guest_phone_${createHash('sha256').update(params.From).digest('base64url').slice(0, 22)}`;
  return `guest_phone_call_${randomBytes(16).toString('base64url')}`;
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
    const settings = host.config.twilio;
    if (!settings.TWILIO_ENABLED) return;
    const authToken = settings.TWILIO_AUTH_TOKEN;
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

    const perIp = app.rateLimit({
      max: settings.TWILIO_WEBHOOK_RATE_PER_IP_PER_MINUTE,
      timeWindow: 60_000,
      keyGenerator: (request) => `twilio:${request.ip}`,
      errorResponseBuilder: (_req, ctx) =>
        new HttpError(
          429,
          `too many voice webhooks from this address; try again in ${Math.ceil(ctx.ttl / 1000)} s`,
        ),
    });
    // Overall, on the injectable clock: a flood from many addresses still stops here.
    const overall = new WindowCounter(settings.TWILIO_WEBHOOK_RATE_PER_MINUTE, 60_000, host.clock);

    app.withTypeProvider<ZodTypeProvider>().post(
      '/telephony/twilio',
      {
        schema: {
          tags: ['telephony'],
          summary: 'Twilio voice webhook: answers with TwiML connecting the call to the media stream',
          // Every field is signed, so all are kept (From, CallSid, … as Twilio sends them).
          body: z.record(z.string(), z.string()),
        },
        preHandler: perIp,
      },
      async (request, reply) => {
        const params = request.body;
        if (authToken) {
          const given = Buffer.from(String(request.headers['x-twilio-signature'] ?? ''));
          const signedUrl = `${publicBaseUrl(request, host.config.publicUrl)}${request.url}`;
          const expected = Buffer.from(twilioSignature(authToken, signedUrl, params));
          if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
            return reply.status(403).send({ detail: 'invalid Twilio signature' });
          }
        }
        // After the signature: forged requests do not use up real callers' budget.
        if (overall.hit('all') > 0) {
          request.log.warn('twilio webhook over the overall rate limit; caller told we are busy');
          return busy(reply);
        }
        const userId = callerId(params, authToken !== undefined);
        await host.ensureGuest(userId);
        try {
          const session = sessions.reserve({ userId, transport: 'twilio', ip: request.ip, language: 'en' });
          host.reserved('twilio');
          // Twilio takes no query string in a stream URL: the worker (one process per core) rides in the path.
          const streamUrl = `${publicWsBaseUrl(request, host.config.publicUrl)}${workerPathPrefix()}/telephony/twilio/ws`;
          return reply.type('text/xml').send(connectStreamTwiml(streamUrl, { token: session.token }));
        } catch (err) {
          // The host's session limits throw with status 429 (busy), a draining server with 503:
          // either way the caller hears that we are busy and hangs up.
          const status = (err as { statusCode?: number }).statusCode;
          if (status === 429 || status === 503) return busy(reply);
          throw err;
        }
      },
    );

    const openStreams = new Map<string, number>();
    const startTimeoutMs = settings.TWILIO_STREAM_START_TIMEOUT_S * 1000;
    app.get('/telephony/twilio/ws', { websocket: true }, (socket, request) => {
      const open = openStreams.get(request.ip) ?? 0;
      if (open >= settings.TWILIO_MAX_STREAMS_PER_IP) {
        request.log.warn({ open }, 'twilio media stream refused: too many open from this address');
        socket.close(1013, 'too many media streams from this address');
        return;
      }
      openStreams.set(request.ip, open + 1);
      socket.once('close', () => {
        const left = (openStreams.get(request.ip) ?? 1) - 1;
        if (left > 0) openStreams.set(request.ip, left);
        else openStreams.delete(request.ip);
      });

      const twilio = createTwilioSession({
        connection: wsConnection(socket),
        clock: host.clock,
        name: 'twilio',
        env: host.config.transport,
      });
      // Twilio sends `connected` and `start` right after connecting; a socket that does not is not a call.
      const startTimer = host.clock.setTimer(() => {
        if (twilio.call) return;
        request.log.info('twilio media stream sent no start event in time; closed');
        twilio.close(1008, 'no start event');
      }, startTimeoutMs);
      socket.once('close', () => startTimer.cancel());
      twilio.onCallStart((call) => {
        startTimer.cancel();
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
