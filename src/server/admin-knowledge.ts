/**
 * The shop owner's knowledge base over REST (owner token only): list, import (JSON body with the
 * document's text), search and delete documents of a knowledge base. Bad documents and queries
 * are 4xx with the reason; nothing stored is lost by a refused import.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  documentFormat,
  documentKind,
  documentLanguage,
  type KnowledgeBase,
  KnowledgeError,
  type KnowledgeErrorCode,
  kbSlug,
  MAX_QUERY_CHARS,
} from '../agents/knowledge/index.ts';
import { HttpError, replyWithError } from '../http/errors.ts';

export interface AdminKnowledgeDeps {
  knowledge: KnowledgeBase;
}

const tags = ['admin: knowledge'];
/** Credentials required; the owner check runs before validation, so a shopper learns nothing more. */
const config = { identity: 'required' } as const;
const ownerOnly = async ({ identity }: { identity: { kind: string } }) => {
  if (identity.kind !== 'admin') throw new HttpError(403, 'shop owner only (ADMIN_TOKEN)');
};

const STATUS: Record<KnowledgeErrorCode, number> = {
  empty: 422,
  oversized: 413,
  binary: 415,
  broken_html: 422,
  bad_format: 415,
  bad_query: 400,
  bad_input: 400,
  not_found: 404,
  embedding_failed: 502,
};

const kbParams = z.object({ kb: kbSlug });
const docParams = z.object({ kb: kbSlug, id: z.string().min(1).max(100) });
const importBody = z.object({
  source: z.string().trim().min(1).max(300).describe('Re-import key: the file name ("returns.md")'),
  kind: documentKind,
  format: documentFormat,
  language: documentLanguage.default('en'),
  title: z.string().trim().min(1).max(200).optional(),
  content: z.string().describe('The document: Markdown, HTML or plain text'),
});
const searchQuery = z.object({
  q: z
    .string()
    .max(MAX_QUERY_CHARS * 2)
    .default(''),
  lang: documentLanguage.optional(),
  limit: z.coerce.number().int().min(1).max(20).default(5),
});

export async function registerAdminKnowledge(root: FastifyInstance, deps: AdminKnowledgeDeps): Promise<void> {
  const { knowledge } = deps;
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.setErrorHandler((err: FastifyError | Error, request, reply) => {
    if (!(err instanceof KnowledgeError)) return replyWithError(err, request, reply);
    return reply.status(STATUS[err.code]).send({ detail: err.message, code: err.code });
  });

  app.get(
    '/api/admin/knowledge/:kb/documents',
    {
      schema: { tags, summary: 'The documents of a knowledge base', params: kbParams },
      config,
      preValidation: ownerOnly,
    },
    async ({ params }) => ({ documents: await knowledge.documents.list(params.kb) }),
  );
  app.post(
    '/api/admin/knowledge/:kb/documents',
    {
      schema: {
        tags,
        summary: 'Import a document (same content: unchanged; changed: its chunks replaced)',
        params: kbParams,
        body: importBody,
      },
      config,
      preValidation: ownerOnly,
    },
    async ({ params, body }, reply) => {
      const { content, ...rest } = body;
      const result = await knowledge.importDocument({ kb: params.kb, ...rest }, content);
      return reply.status(result.status === 'created' ? 201 : 200).send(result);
    },
  );
  app.delete(
    '/api/admin/knowledge/:kb/documents/:id',
    {
      schema: { tags, summary: 'Remove a document and its chunks', params: docParams },
      config,
      preValidation: ownerOnly,
    },
    async ({ params }, reply) => {
      if (!(await knowledge.documents.remove(params.kb, params.id)))
        throw new HttpError(404, `no document ${params.id} in knowledge base ${params.kb}`);
      return reply.status(204).send();
    },
  );
  app.get(
    '/api/admin/knowledge/:kb/search',
    {
      schema: {
        tags,
        summary: 'Search a knowledge base as the assistant does',
        params: kbParams,
        querystring: searchQuery,
      },
      config,
      preValidation: ownerOnly,
    },
    async ({ params, query }) => ({
      passages: await knowledge.search({
        kb: params.kb,
        query: query.q,
        limit: query.limit,
        ...(query.lang ? { language: query.lang } : {}),
      }),
    }),
  );
}
