/**
 * POST /api/auth/claim-guest: a browser that signed in with an external identity provider (Clerk)
 * brings what it did as a guest — cart lines, saved items and what it told the assistant — into
 * the account, as an email + password sign-in does in the same request. The bearer token proves
 * the account, the signed guest cookie the guest; the guest cookie is cleared so the browser
 * stops being that guest. Claiming again, or without a guest cookie, moves nothing. With the
 * Convex link on, the saved items are also owed to the account's Convex records (setup.ts), so
 * the web app's Convex mode lists them.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HttpError } from '../../http/errors.ts';
import type { Identity } from '../../http/identity.ts';
import { GUEST_COOKIE, guestFromCookie } from '../identity.ts';

export interface ClaimGuestDeps {
  /** Moves the guest's cart, saved items and memory into the account; returns what moved. */
  mergeGuest: (
    guestId: string,
    account: Identity,
  ) => Promise<{ movedCartItems: number; movedSavedItems: number }>;
  secureCookies: boolean;
}

const claimed = z.object({
  userId: z.string(),
  movedCartItems: z.number().int().min(0),
  movedSavedItems: z.number().int().min(0),
});

export async function registerClaimGuest(root: FastifyInstance, deps: ClaimGuestDeps): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.post(
    '/api/auth/claim-guest',
    {
      schema: {
        tags: ['accounts'],
        summary:
          'Move this browser’s guest cart, saved items and memory into the signed-in account (Clerk, OIDC)',
        response: { 200: claimed },
      },
      config: { identity: 'required' },
    },
    async (request, reply) => {
      const { identity } = request;
      if (identity.kind !== 'account' || identity.delegated)
        throw new HttpError(403, 'only a signed-in shopper can claim a guest’s cart');
      const guestId = await guestFromCookie(request);
      if (!guestId) return { userId: identity.userId, movedCartItems: 0, movedSavedItems: 0 };
      const moved = await deps.mergeGuest(guestId, identity);
      void reply.clearCookie(GUEST_COOKIE, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: deps.secureCookies,
      });
      return { userId: identity.userId, ...moved };
    },
  );
}
