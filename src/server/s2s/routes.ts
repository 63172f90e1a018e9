/**
 * Server-to-server API for a backend (Convex, a shop platform) acting on behalf of its users:
 * start background research and read results, read a session's recorded conversation, and see
 * the webhook queue. Authenticated by the shared secret header, compared in constant time; with
 * no secret configured every route answers 503 rather than being open.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isShopError } from '../../shop/errors.ts';
import type { ShopServices } from '../../shop/services.ts';
import { UsersRepository } from '../../store/repositories/users.ts';
import type { WebhookOutbox } from '../../store/repositories/webhook-outbox.ts';
import { LocalUsers } from '../auth/local-users.ts';
import { delegatedSubject } from '../identity.ts';
import { S2S_HEADER, secretMatches } from './secret.ts';

export interface S2sDeps {
  secret: string | undefined;
  shop: Pick<ShopServices, 'research' | 'db'>;
  listEvents?: (sessionId: string) => Promise<unknown[]>;
  outbox?: WebhookOutbox;
  webhookUrl?: string | undefined;
  /** Maps the identity headers to local users (the same users their session tokens map to). */
  users?: LocalUsers;
  /** Delivery counts of the Convex link, when it is on. */
  convexCounts?: () => Promise<Record<string, number>>;
}

/** The user a request acts for: `userId`, else the identity headers (a Convex action's caller). */
async function actingUser(
  deps: S2sDeps,
  request: FastifyRequest,
  given: string | undefined,
): Promise<string> {
  if (given) return given;
  const named = delegatedSubject(request.headers);
  if ('error' in named) throw Object.assign(new Error(`send userId, or ${named.error}`), { statusCode: 400 });
  const users = deps.users ?? new LocalUsers(deps.shop.db);
  return users.userFor(named.issuer, named.subject);
}

const userId = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .optional()
  .describe('The local user the backend acts for; or name them by the x-s2s-user-issuer/-subject headers');
const researchBody = z.object({
  userId,
  query: z.string().trim().min(1).max(500).describe('What to research, in the shopper’s words'),
  language: z.enum(['en', 'es']).default('en'),
  sessionId: z.string().trim().min(1).max(200).optional(),
});
const researchQuery = z.object({ userId, language: z.enum(['en', 'es']).default('en') });
const idParams = z.object({ id: z.string().trim().min(1).max(200) });

const tags = ['server-to-server'];
const security = [{ s2sSecret: [] }];

export async function registerS2sRoutes(app: FastifyInstance, deps: S2sDeps): Promise<void> {
  await app.register(
    async (untyped) => {
      const scope = untyped.withTypeProvider<ZodTypeProvider>();
      scope.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
        if (!deps.secret)
          return reply.status(503).send({ detail: 'the server-to-server API is off: set S2S_SECRET' });
        if (!secretMatches(deps.secret, request.headers[S2S_HEADER]))
          return reply.status(401).send({ detail: `missing or wrong ${S2S_HEADER} header` });
      });
      scope.setErrorHandler((err: Error & { statusCode?: number }, request, reply) => {
        if (isShopError(err)) {
          const status = err.code === 'not_found' ? 404 : 400;
          return reply.status(status).send({ detail: status === 404 ? 'not found' : err.message });
        }
        const status = err.statusCode && err.statusCode >= 400 ? err.statusCode : 500;
        if (status >= 500) request.log.error({ err }, 's2s request failed');
        return reply.status(status).send({ detail: status >= 500 ? 'internal error' : err.message });
      });

      scope.post(
        '/research',
        {
          schema: {
            tags,
            security,
            summary: 'Start background research for a user; poll GET /api/s2s/research/{id}',
            body: researchBody,
          },
        },
        async (request, reply) => {
          const { body } = request;
          const user = await actingUser(deps, request, body.userId);
          if (!(await new UsersRepository(deps.shop.db).exists(user)))
            return reply.status(404).send({ detail: 'no such user' });
          const started = await deps.shop.research.start(
            user,
            body.sessionId ?? null,
            body.language,
            body.query,
          );
          return reply.status(202).send(started);
        },
      );
      scope.get(
        '/research/:id',
        {
          schema: {
            tags,
            security,
            summary: "A research result (status, summary, product cards); only the owning user's",
            params: idParams,
            querystring: researchQuery,
          },
        },
        async (request) =>
          deps.shop.research.get(
            await actingUser(deps, request, request.query.userId),
            request.params.id,
            request.query.language,
          ),
      );
      scope.get(
        '/sessions/:id/events',
        {
          schema: {
            tags,
            security,
            summary: "A session's recorded conversation (transcripts, replies, tool calls, UI events)",
            params: idParams,
          },
        },
        async ({ params }) => ({ events: (await deps.listEvents?.(params.id)) ?? [] }),
      );
      scope.get(
        '/webhooks',
        { schema: { tags, security, summary: 'Webhook delivery queue: counts per status' } },
        async () => ({
          configured: Boolean(deps.webhookUrl),
          counts: (await deps.outbox?.counts()) ?? { pending: 0, delivered: 0, dead: 0 },
        }),
      );
      scope.get(
        '/convex',
        {
          schema: {
            tags,
            security,
            summary: 'The Convex link: sessions still owed (active), finished, dead; events Convex refused',
          },
        },
        async () => ({
          configured: Boolean(deps.convexCounts),
          counts: (await deps.convexCounts?.()) ?? { active: 0, done: 0, dead: 0, skipped: 0 },
        }),
      );
    },
    { prefix: '/api/s2s' },
  );
}
