/**
 * SmallWebRTC signaling routes (a Fastify plugin): `POST`/`PATCH /api/offer` and
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
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { childLogger } from '../log/logger.ts';
import type { IceServer } from '../transports/webrtc/peer.ts';
import {
  candidatesBodySchema,
  describeZodError,
  type OfferBody,
  offerBodySchema,
  PeerRegistry,
  toCandidateInits,
} from '../transports/webrtc/signaling.ts';
import type { WebRtcTransport } from '../transports/webrtc/transport.ts';
import type { Identity } from './app.ts';
import { type Session, SessionLimitError, type SessionManager, type SessionRuntime } from './sessions.ts';

export interface WebRtcRoutesDeps {
  sessions: SessionManager;
  /** Without a reply (undefined) the resolver must not mint a new guest. */
  identify(request: FastifyRequest, reply: FastifyReply | undefined): Promise<Identity | undefined>;
  /** Builds the session's WebRTC transport and pipeline (started, waiting for the peer). */
  runWebRtcSession(
    session: Session,
    iceServers: IceServer[],
  ): Promise<{
    runtime: SessionRuntime;
    transport: WebRtcTransport;
  }>;
  iceServers: IceServer[];
}

const log = childLogger({ component: 'webrtc-signaling' });

class HttpError extends Error {
  readonly statusCode: number;
  constructor(statusCode: number, message: string) {
    super(message);
    this.statusCode = statusCode;
  }
}

export function webrtcRoutes(deps: WebRtcRoutesDeps) {
  return async (app: FastifyInstance): Promise<void> => {
    const { sessions } = deps;
    const registry = new PeerRegistry();
    const locks = new Map<string, Promise<unknown>>();
    const onEnded = (s: Session) => registry.removeSession(s.id);
    sessions.on('ended', onEnded);
    app.addHook('onClose', async () => {
      sessions.off('ended', onEnded);
    });

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

    const iceServersFor = (session: Session): IceServer[] =>
      (session.requestData as { enableDefaultIceServers?: unknown }).enableDefaultIceServers === false
        ? []
        : deps.iceServers;

    const answer = async (session: Session, body: OfferBody) => {
      const entry = registry.forSession(session.id);
      let transport = entry?.transport;
      if (!transport) {
        if (session.state !== 'pending') throw new HttpError(404, `session ${session.id} has ended`);
        if (body.pc_id) throw new HttpError(404, 'Peer connection not found');
        const started = await sessions
          .attach(session.id, async (s) => {
            const built = await deps.runWebRtcSession(s, iceServersFor(s));
            transport = built.transport;
            return built.runtime;
          })
          .catch((err: unknown) => {
            log.error({ err, sessionId: session.id }, 'WebRTC session failed to start');
            throw new HttpError(
              err instanceof SessionLimitError ? 429 : 500,
              `the session could not start: ${(err as Error).message}`,
            );
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

    const parseOffer = (body: unknown): OfferBody => {
      const parsed = offerBodySchema.safeParse(body ?? {});
      if (!parsed.success) throw new HttpError(400, `invalid offer: ${describeZodError(parsed.error)}`);
      return parsed.data;
    };

    /** The caller's identity without minting a guest: a new guest can own nothing yet. */
    const requireCaller = async (request: FastifyRequest): Promise<Identity> => {
      const identity = await deps.identify(request, undefined);
      if (!identity) throw new HttpError(401, 'sign in (or send the guest cookie) that started this session');
      return identity;
    };
    const ownedBy = (session: Session | undefined, caller: Identity): session is Session =>
      session !== undefined && session.userId === caller.userId;

    const patch = async (request: FastifyRequest, sessionId: string | undefined) => {
      const parsed = candidatesBodySchema.safeParse(request.body ?? {});
      if (!parsed.success) throw new HttpError(400, `invalid candidates: ${describeZodError(parsed.error)}`);
      const caller = await requireCaller(request);
      const entry = registry.get(parsed.data.pc_id);
      if (
        !entry ||
        (sessionId !== undefined && entry.sessionId !== sessionId) ||
        !ownedBy(sessions.get(entry.sessionId), caller)
      )
        throw new HttpError(404, 'Peer connection not found');
      if (!(await entry.transport.addCandidates(parsed.data.pc_id, toCandidateInits(parsed.data))))
        throw new HttpError(404, 'Peer connection not found');
      return { status: 'success' };
    };

    const offerSchema = {
      tags: ['webrtc'],
      summary: 'SmallWebRTC offer → answer (first offer, renegotiation, or restart_pc)',
      description:
        'Body {sdp, type:"offer", pc_id?, restart_pc?, requestData?|request_data?}; reply {sdp, type:"answer", pc_id}.',
    };
    const patchSchema = {
      tags: ['webrtc'],
      summary: 'Trickle ICE: {pc_id, candidates:[{candidate, sdp_mid, sdp_mline_index}]}',
    };

    app.post<{ Params: { id: string } }>(
      '/sessions/:id/api/offer',
      { schema: offerSchema },
      async (request) => {
        const body = parseOffer(request.body);
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
    app.patch<{ Params: { id: string } }>('/sessions/:id/api/offer', { schema: patchSchema }, (request) =>
      patch(request, request.params.id),
    );

    // Without a known pc_id this creates a session, so it shares /start's rate limits.
    app.post(
      '/api/offer',
      { schema: offerSchema, preHandler: app.sessionRateLimit },
      async (request, reply) => {
        const body = parseOffer(request.body);
        const known = body.pc_id ? registry.get(body.pc_id) : undefined;
        if (known) {
          const caller = await requireCaller(request);
          const session = sessions.get(known.sessionId);
          if (!ownedBy(session, caller) || session.state === 'ended')
            throw new HttpError(404, 'Peer connection not found');
          return serialized(session.id, () => answer(session, body));
        }
        if (body.pc_id && !body.restart_pc) throw new HttpError(404, 'Peer connection not found');
        const identity = await deps.identify(request, reply);
        if (!identity) throw new HttpError(401, 'sign in or accept the guest cookie to start a session');
        const requestData = body.requestData ?? body.request_data ?? {};
        let session: Session;
        try {
          session = sessions.reserve({
            userId: identity.userId,
            transport: 'webrtc',
            ip: request.ip,
            language:
              requestData.language === 'es' || requestData.language === 'en'
                ? requestData.language
                : undefined,
            requestData,
          });
        } catch (err) {
          if (err instanceof SessionLimitError) throw new HttpError(429, err.message);
          throw err;
        }
        return serialized(session.id, () => answer(session, { ...body, pc_id: null, restart_pc: false }));
      },
    );
    app.patch('/api/offer', { schema: patchSchema }, (request) => patch(request, undefined));
  };
}
