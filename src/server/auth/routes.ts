/**
 * Sign up, sign in and sign out over REST. Signing up or in from a guest browser moves the
 * guest's cart into the account. Errors are `{detail}`; a throttled sign-in is a 429 with
 * Retry-After and says nothing about whether the password was right.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { parseInput, validatedInHandler } from '../../http/zod.ts';
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

export async function registerAuthRoutes(app: FastifyInstance, deps: AuthRoutesDeps): Promise<void> {
  const { accounts } = deps;

  const respond = (reply: FastifyReply, signed: SignedIn) => {
    for (const c of signed.cookies) void reply.header('set-cookie', c);
    return { userId: signed.userId, kind: 'account' as const, movedCartItems: signed.movedCartItems };
  };

  const guarded =
    (handler: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>) =>
    async (request: FastifyRequest, reply: FastifyReply) => {
      try {
        return await handler(request, reply);
      } catch (err) {
        if (!(err instanceof AuthError)) throw err;
        if (err.retryAfterS) void reply.header('retry-after', String(err.retryAfterS));
        return reply.status(err.statusCode).send({ detail: err.message });
      }
    };

  const route = (summary: string, body?: z.ZodType) => ({
    schema: { tags: ['accounts'], summary, ...(body ? { body } : {}) },
    validatorCompiler: validatedInHandler,
  });

  app.post(
    '/api/auth/sign-up',
    route('Create an email + password account and sign in; a guest cart moves into it', signUpBody),
    guarded(async (request, reply) => {
      const body = parseInput(signUpBody, request.body, 'request', 'body');
      const guestId = await guestFromCookie(request);
      const signed = await accounts.signUp(
        { email: body.email, password: body.password, ...(body.name ? { name: body.name } : {}) },
        { ip: request.ip, ...(guestId ? { guestId } : {}) },
      );
      return respond(reply, signed);
    }),
  );

  app.post(
    '/api/auth/sign-in',
    route(
      'Sign in with email + password (throttled after repeated failures); a guest cart moves in',
      signInBody,
    ),
    guarded(async (request, reply) => {
      const body = parseInput(signInBody, request.body, 'request', 'body');
      const guestId = await guestFromCookie(request);
      const signed = await accounts.signIn(body, { ip: request.ip, ...(guestId ? { guestId } : {}) });
      return respond(reply, signed);
    }),
  );

  app.post(
    '/api/auth/sign-out',
    route('Sign out of the account (the browser falls back to its guest identity)'),
    guarded(async (request, reply) => {
      for (const c of await accounts.signOut(request.headers.cookie)) void reply.header('set-cookie', c);
      return { signedOut: true };
    }),
  );
}
