/**
 * The shopper's memory over REST: what the assistant remembers about the caller (sizes, favourite
 * brands and colours, budget), set, listed and forgotten by the caller only. Another shopper's
 * preference id is a plain 404.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HttpError } from '../http/errors.ts';
import { PREFERENCE_KINDS, preferenceInput } from '../shop/memory/preferences.ts';
import type { MemoryService } from '../shop/memory/service.ts';

const tags = ['shop'];
const config = { identity: 'guest' } as const;
const kindQuery = z.object({ kind: z.enum(PREFERENCE_KINDS).optional() });
const idParams = z.object({ id: z.string().min(1).max(200) });

export async function registerMemoryApi(
  root: FastifyInstance,
  deps: { memory: MemoryService },
): Promise<void> {
  const { memory } = deps;
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/me/preferences',
    {
      schema: {
        tags,
        summary: 'What the assistant remembers about the caller, newest first',
        querystring: kindQuery,
      },
      config,
    },
    async ({ identity, query }) => ({ preferences: await memory.list(identity.userId, query.kind) }),
  );
  app.post(
    '/api/me/preferences',
    {
      schema: {
        tags,
        summary: 'Remember a preference (a size or budget replaces the one of the same scope)',
        body: preferenceInput,
      },
      config,
    },
    async ({ identity, body }, reply) =>
      reply.status(201).send({ preference: await memory.remember(identity.userId, body, null) }),
  );
  app.delete(
    '/api/me/preferences',
    {
      schema: { tags, summary: 'Forget every preference of a kind, or all of them', querystring: kindQuery },
      config,
    },
    async ({ identity, query }) => ({
      forgotten: await memory.forget(identity.userId, query.kind ? { kind: query.kind } : {}),
    }),
  );
  app.delete(
    '/api/me/preferences/:id',
    { schema: { tags, summary: 'Forget one preference', params: idParams }, config },
    async ({ identity, params }) => {
      const forgotten = await memory.forget(identity.userId, { id: params.id });
      if (forgotten === 0) throw new HttpError(404, 'no such preference');
      return { forgotten };
    },
  );
}
