/**
 * /start's side of the Convex link: a session started by the convex/ module's `startSession`
 * (a backend with the s2s secret, acting for its user) names its Convex session, and from then on
 * the session's recorded conversation is owed to Convex.
 */
import { HttpError } from '../../http/errors.ts';
import type { Identity } from '../../http/identity.ts';

export interface ConvexStartLink {
  register(sessionId: string, convexSessionId: string, userId: string): Promise<void>;
}

/** Checks `/start`'s `convexSessionId`; returns how to link the reserved session, or undefined. */
export function convexLinkFor(
  identity: Identity,
  convexSessionId: unknown,
  link: ConvexStartLink | undefined,
): { convexSessionId: string; register(sessionId: string): Promise<void> } | undefined {
  if (convexSessionId === undefined) return undefined;
  if (typeof convexSessionId !== 'string' || !/^[\w-]{1,200}$/.test(convexSessionId))
    throw new HttpError(400, 'invalid start request: convexSessionId must be a Convex document id');
  if (!identity.delegated)
    throw new HttpError(
      403,
      'convexSessionId is accepted only from a backend that sends the server-to-server secret and the user’s identity headers',
    );
  if (!link)
    throw new HttpError(
      503,
      'the Convex link is off on this voice server: set CONVEX_URL (and CONVEX_SECRET)',
    );
  return {
    convexSessionId,
    register: (sessionId) => link.register(sessionId, convexSessionId, identity.userId),
  };
}
