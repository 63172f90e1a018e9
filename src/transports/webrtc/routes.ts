/**
 * The SmallWebRTC transport: /start answers `{sessionId, iceConfig}`; signaling routes: `POST`/`PATCH /api/offer` and
 * `/sessions/:id/api/offer`, as @pipecat-ai/small-webrtc-transport calls them.
 *
 * - POST with no known pc_id: the session's first offer creates its transport and pipeline
 *   (`/api/offer` reserves a session for the caller first; `/sessions/:id` uses the one the
 *   start endpoint reserved). With the session's pc_id: renegotiation on the same connection,
 *   or with `restart_pc:true` a new connection under the same pipeline.
 * - PATCH: trickled client candidates → `{status:'success'}`, or 404 "Peer connection not found".
 * Offers for one session are handled one at a time.
 *
 * Every route that touches an existing session or peer checks that the caller is the session's
 * owner (the same identity that reserved it): a session id or pc_id is not a credential. The
 * Pipecat client sends the start request's headers (and the browser its cookies) with each offer.
 * A caller without credentials gets 401; another shopper gets the same 404 as an unknown session,
 * so ids cannot be probed.
 */
import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HttpError } from '../../http/errors.ts';
import type { Identity } from '../../http/identity.ts';
import { invalidInputAs } from '../../http/zod.ts';
import { childLogger } from '../../log/logger.ts';
import { defineTransport, type SessionTransport, type TransportSession } from '../module.ts';
import type { IceServer } from './peer.ts';
import { createWebRtcSession, type WebRtcSession, type WebRtcSessionOptions } from './session.ts';
import {
  type CandidatesBody,
  candidatesBodySchema,
  type OfferBody,
  offerBodySchema,
  PeerRegistry,
  toCandidateInits,
} from './signaling.ts';

const log = childLogger({ component: 'webrtc-signaling' });

/** A SmallWebRTC peer's part of its session. */
export function webRtcSessionTransport(rtc: WebRtcSession): SessionTransport {
  return {
    input: rtc.transport.input,
    rtvi: rtc.rtvi,
    output: rtc.transport.output,
    observer: rtc.observer,
    attach: (task) => rtc.transport.attach(task),
  };
}

/**
 * The SmallWebRTC transport module; `createSession` builds a peer's transport and RTVI pieces
 * (tests wrap it to observe the transport).
 */
export const createWebrtcTransport = (
  opts: { createSession?: (options: WebRtcSessionOptions) => WebRtcSession } = {},
) => {
  const createSession = opts.createSession ?? createWebRtcSession;
  return defineTransport({
    kind: 'webrtc',
    label: 'WebRTC',
    browserClient: 'small-webrtc',
    start: (session, _request, host) => ({
      sessionId: session.id,
      iceConfig: {
        iceServers: session.requestData.enableDefaultIceServers === false ? [] : host.config.iceServers,
      },
    }),
    async routes(untyped, { host }) {
      const app = untyped.withTypeProvider<ZodTypeProvider>();
      const { sessions } = host;
      const registry = new PeerRegistry();
      const locks = new Map<string, Promise<unknown>>();
      const unsubscribe = sessions.onEnded((s) => registry.removeSession(s.id));
      app.addHook('onClose', async () => unsubscribe());

      /** Runs offers for one session one after another (a restart must not race the first offer). */
      const serialized = <T>(sessionId: string, fn: () => Promise<T>): Promise<T> => {
        const prev = locks.get(sessionId) ?? Promise.resolve();
        const next = prev.then(fn, fn);
        const tail = next.catch(() => undefined);
        locks.set(sessionId, tail);
        void tail.then(() => {
          if (locks.get(sessionId) === tail) locks.delete(sessionId);
        });
        return next;
      };

      const iceServersFor = (session: TransportSession): IceServer[] =>
        (session.requestData as { enableDefaultIceServers?: unknown }).enableDefaultIceServers === false
          ? []
          : host.config.iceServers;

      const answer = async (session: TransportSession, body: OfferBody) => {
        const entry = registry.forSession(session.id);
        let transport = entry?.transport;
        if (!transport) {
          if (session.state !== 'pending') throw new HttpError(404, `session ${session.id} has ended`);
          if (body.pc_id) throw new HttpError(404, 'Peer connection not found');
          const started = await sessions
            .attach(session.id, async (s) => {
              const rtc = createSession({
                clock: host.clock,
                iceServers: iceServersFor(s),
                env: host.config.transport,
                webrtcEnv: host.config.webrtc,
                name: `webrtc:${s.id.slice(0, 8)}`,
              });
              transport = rtc.transport;
              return host.runSession(s, webRtcSessionTransport(rtc));
            })
            .catch((err: unknown) => {
              log.error({ err, sessionId: session.id }, 'WebRTC session failed to start');
              const status = (err as { statusCode?: number }).statusCode === 429 ? 429 : 500;
              throw new HttpError(status, `the session could not start: ${(err as Error).message}`);
            });
          if (!transport) throw new HttpError(500, `session ${started.id} has no WebRTC transport`);
        } else if (!body.restart_pc && body.pc_id !== transport.peer?.pcId) {
          throw new HttpError(
            body.pc_id ? 404 : 400,
            body.pc_id
              ? 'Peer connection not found'
              : 'this session already has a peer connection: send its pc_id to renegotiate, or restart_pc:true',
          );
        }
        let result: { sdp: string; pcId: string };
        try {
          result = await transport.handleOffer(body.sdp, Boolean(body.restart_pc && entry));
        } catch (err) {
          log.info({ err, sessionId: session.id }, 'offer rejected');
          if (!entry) await sessions.end(session.id, 'the first offer was rejected');
          throw new HttpError(400, `the offer could not be applied: ${(err as Error).message}`);
        }
        registry.set(result.pcId, { sessionId: session.id, transport });
        return { sdp: result.sdp, type: 'answer' as const, pc_id: result.pcId };
      };

      /** The caller's identity without minting a guest: a new guest can own nothing yet. */
      const requireCaller = async (request: FastifyRequest): Promise<Identity> => {
        const identity = await request.resolveIdentity({ mint: false });
        if (!identity)
          throw new HttpError(401, 'sign in (or send the guest cookie) that started this session');
        return identity;
      };
      const ownedBy = (
        session: TransportSession | undefined,
        caller: Identity,
      ): session is TransportSession => session !== undefined && session.userId === caller.userId;

      const patch = async (request: FastifyRequest, body: CandidatesBody, sessionId: string | undefined) => {
        const caller = await requireCaller(request);
        const entry = registry.get(body.pc_id);
        if (
          !entry ||
          (sessionId !== undefined && entry.sessionId !== sessionId) ||
          !ownedBy(sessions.get(entry.sessionId), caller)
        )
          throw new HttpError(404, 'Peer connection not found');
        if (!(await entry.transport.addCandidates(body.pc_id, toCandidateInits(body))))
          throw new HttpError(404, 'Peer connection not found');
        return { status: 'success' };
      };

      // Refusals keep the wording the signaling always had ("invalid offer: sdp: …").
      const offerSchema = {
        tags: ['webrtc'],
        summary: 'SmallWebRTC offer → answer (first offer, renegotiation, or restart_pc)',
        description: 'Reply {sdp, type:"answer", pc_id}.',
        body: offerBodySchema,
      };
      const offer = { schemaErrorFormatter: invalidInputAs('invalid offer', { fields: true }) };
      const patchSchema = {
        tags: ['webrtc'],
        summary: 'Trickle ICE candidates for a peer connection',
        body: candidatesBodySchema,
      };
      const candidates = { schemaErrorFormatter: invalidInputAs('invalid candidates', { fields: true }) };
      const sessionParams = z.object({ id: z.string().min(1).max(200) });

      app.post(
        '/sessions/:id/api/offer',
        { schema: { ...offerSchema, params: sessionParams }, ...offer },
        async (request) => {
          const { body } = request;
          const caller = await requireCaller(request);
          const session = sessions.get(request.params.id);
          if (!ownedBy(session, caller) || session.transport !== 'webrtc' || session.state === 'ended')
            throw new HttpError(
              404,
              'no such WebRTC session (start one with POST /start {transport:"webrtc"})',
            );
          return serialized(session.id, () => answer(session, body));
        },
      );
      app.patch(
        '/sessions/:id/api/offer',
        { schema: { ...patchSchema, params: sessionParams }, ...candidates },
        (request) => patch(request, request.body, request.params.id),
      );

      // Without a known pc_id this creates a session, so it shares /start's rate limits.
      app.post(
        '/api/offer',
        { schema: offerSchema, preValidation: host.sessionRateLimit, ...offer },
        async (request, reply) => {
          const { body } = request;
          const known = body.pc_id ? registry.get(body.pc_id) : undefined;
          if (known) {
            const caller = await requireCaller(request);
            const session = sessions.get(known.sessionId);
            if (!ownedBy(session, caller) || session.state === 'ended')
              throw new HttpError(404, 'Peer connection not found');
            return serialized(session.id, () => answer(session, body));
          }
          if (body.pc_id && !body.restart_pc) throw new HttpError(404, 'Peer connection not found');
          const identity = await request.resolveIdentity({ mint: true, reply });
          if (!identity) throw new HttpError(401, 'sign in or accept the guest cookie to start a session');
          const requestData = body.requestData ?? body.request_data ?? {};
          // At the limits this throws a 429 (SessionLimitError carries its status).
          const session = sessions.reserve({
            userId: identity.userId,
            transport: 'webrtc',
            ip: request.ip,
            language:
              requestData.language === 'es' || requestData.language === 'en'
                ? requestData.language
                : undefined,
            requestData,
          });
          return serialized(session.id, () => answer(session, { ...body, pc_id: null, restart_pc: false }));
        },
      );
      app.patch('/api/offer', { schema: patchSchema, ...candidates }, (request) =>
        patch(request, request.body, undefined),
      );
    },
  });
};

export const webrtcTransport = createWebrtcTransport();
