/**
 * Sign up, sign in and sign out over REST. Signing up or in from a guest browser moves the
 * guest's cart into the account. Errors are `{detail}`; a throttled sign-in is a 429 with
 * Retry-After and says nothing about whether the password was right.
 */
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { replyWithError } from '../../http/errors.ts';
import type { Database } from '../../store/schema.ts';
import { guestFromCookie } from '../identity.ts';
import { type AccountService, AuthError, type SignedIn } from './accounts.ts';

const email = z.string().trim().toLowerCase().pipe(z.email()).describe('Email address');
const signUpBody = z.object({
  email,
  password: z.string().min(1).max(128),
  name: z.string().trim().max(100).optional(),
});
const signInBody = z.object({ email, password: z.string().min(1).max(128) });

export interface AuthRoutesDeps {
  accounts: AccountService;
  db: Kysely<Database>;
}

const tags = ['accounts'];

export async function registerAuthRoutes(root: FastifyInstance, deps: AuthRoutesDeps): Promise<void> {
  const { accounts } = deps;
  const app = root.withTypeProvider<ZodTypeProvider>();

  const respond = (reply: FastifyReply, signed: SignedIn) => {
    for (const c of signed.cookies) void reply.header('set-cookie', c);
    return { userId: signed.userId, kind: 'account' as const, movedCartItems: signed.movedCartItems };
  };

  // Account refusals (taken email, wrong password, throttled) for every route of this plugin.
  app.setErrorHandler((err: FastifyError | Error, request, reply) => {
    if (!(err instanceof AuthError)) return replyWithError(err, request, reply);
    if (err.retryAfterS) void reply.header('retry-after', String(err.retryAfterS));
    return reply.status(err.statusCode).send({ detail: err.message });
  });

  app.post(
    '/api/auth/sign-up',
    {
      schema: {
        tags,
        summary: 'Create an email + password account and sign in; a guest cart moves into it',
        body: signUpBody,
      },
    },
    async (request, reply) => {
      const { body } = request;
      const guestId = await guestFromCookie(request);
      const signed = await accounts.signUp(
        { email: body.email, password: body.password, ...(body.name ? { name: body.name } : {}) },
        { ip: request.ip, ...(guestId ? { guestId } : {}) },
      );
      return respond(reply, signed);
    },
  );

  app.post(
    '/api/auth/sign-in',
    {
      schema: {
        tags,
        summary: 'Sign in with email + password (throttled after repeated failures); a guest cart moves in',
        body: signInBody,
      },
    },
    async (request, reply) => {
      const guestId = await guestFromCookie(request);
      const signed = await accounts.signIn(request.body, { ip: request.ip, ...(guestId ? { guestId } : {}) });
      return respond(reply, signed);
    },
  );

  app.post(
    '/api/auth/sign-out',
    { schema: { tags, summary: 'Sign out of the account (the browser falls back to its guest identity)' } },
    async (request, reply) => {
      for (const c of await accounts.signOut(request.headers.cookie)) void reply.header('set-cookie', c);
      return { signedOut: true };
    },
  );
}
