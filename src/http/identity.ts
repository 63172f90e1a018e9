/**
 * Who is calling, resolved once per request by an `onRequest` hook and read as
 * `request.identity`. A route declares what it needs in its config:
 *
 * - `identity: 'guest'`    a caller without credentials becomes a new guest (cookie set);
 * - `identity: 'required'` credentials must be presented (no guest is minted), else 401;
 * - none: nothing is resolved up front; `request.resolveIdentity({mint})` resolves on demand
 *   (routes whose need depends on the body, WebSocket upgrades that close instead of 401).
 *
 * A presented but wrong credential never falls back to a guest: it is a 401.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { HttpError } from './errors.ts';

export interface Identity {
  userId: string;
  kind: 'guest' | 'account' | 'admin';
  /** A backend holding the server-to-server secret acts for this user (Convex's startSession). */
  delegated?: true;
  /** Signed in with an external token (Clerk, OIDC): who the issuer says this is. */
  external?: { issuer: string; subject: string };
}

/** Resolves the caller; with a reply it may mint a guest (and set its cookie), without it must not. */
export type IdentityResolver = (
  request: FastifyRequest,
  reply: FastifyReply | undefined,
) => Promise<Identity | undefined>;

export type IdentityNeed = 'guest' | 'required';

declare module 'fastify' {
  interface FastifyContextConfig {
    identity?: IdentityNeed;
  }
  interface FastifyRequest {
    /** The caller of a route declaring `config.identity`; reading it elsewhere is a bug (500). */
    readonly identity: Identity;
    /** Resolves the caller once (memoized); `mint` lets a caller without credentials become a guest. */
    resolveIdentity(
      opts: { mint: false } | { mint: true; reply: FastifyReply },
    ): Promise<Identity | undefined>;
  }
}

const RESOLVED = Symbol('identity');
const UNAUTHENTICATED: Record<IdentityNeed, string> = {
  guest: 'sign in or accept the guest cookie',
  required: 'authentication required',
};

const RESOLVED_VALUE = Symbol('identity value');
interface Slot {
  [RESOLVED]?: Promise<Identity | undefined>;
  [RESOLVED_VALUE]?: Identity;
}

async function identityPlugin(app: FastifyInstance, opts: { identify: IdentityResolver }): Promise<void> {
  app.decorateRequest('identity', {
    getter(this: FastifyRequest): Identity {
      const value = (this as unknown as Slot)[RESOLVED_VALUE];
      if (!value)
        throw new HttpError(500, `route ${this.routeOptions.url} reads the identity without config.identity`);
      return value;
    },
  });
  app.decorateRequest('resolveIdentity', function (this: FastifyRequest, o) {
    const slot = this as unknown as Slot;
    // A resolution that could not mint is redone when minting is allowed.
    const cached = slot[RESOLVED];
    if (cached && !o.mint) return cached;
    const pending = (async () => (await cached) ?? opts.identify(this, o.mint ? o.reply : undefined))();
    slot[RESOLVED] = pending;
    return pending.then((identity) => {
      if (identity) slot[RESOLVED_VALUE] = identity;
      return identity;
    });
  });
  app.addHook('onRequest', async (request, reply) => {
    const need = request.routeOptions.config.identity;
    if (!need) return;
    const identity = await request.resolveIdentity(
      need === 'guest' ? { mint: true, reply } : { mint: false },
    );
    if (!identity) throw new HttpError(401, UNAUTHENTICATED[need]);
  });
}

/** Global (not encapsulated): every route plugin can declare `config.identity`. */
export const identitySupport = fp(identityPlugin, { name: 'identity', fastify: '5.x' });
