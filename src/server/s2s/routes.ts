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
import { S2S_HEADER, secretMatches } from './secret.ts';

export interface S2sDeps {
  secret: string | undefined;
  shop: Pick<ShopServices, 'research' | 'db'>;
  listEvents?: (sessionId: string) => Promise<unknown[]>;
  outbox?: WebhookOutbox;
  webhookUrl?: string | undefined;
}

const userId = z.string().trim().min(1).max(200).describe('The local user the backend acts for');
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
        async ({ body }, reply) => {
          if (!(await new UsersRepository(deps.shop.db).exists(body.userId)))
            return reply.status(404).send({ detail: 'no such user' });
          const started = await deps.shop.research.start(
            body.userId,
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
        async ({ params, query }) => deps.shop.research.get(query.userId, params.id, query.language),
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
    },
    { prefix: '/api/s2s' },
  );
}
