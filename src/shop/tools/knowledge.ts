/**
 * search_knowledge: the best passages of the shop's documents (policies, FAQs, size guides…)
 * for a question, each with the title of the document it comes from. The configured policy text
 * (SHOP_POLICY_TEXT) is one document of the default knowledge base, imported on first use.
 */
import { z } from 'zod';
import { KnowledgeError, kbSlug, MAX_QUERY_CHARS } from '../../agents/knowledge/index.ts';
import type { ShopTool } from '../contract.ts';
import { ShopError } from '../errors.ts';
import { defineTool, readPolicy } from './define.ts';
import type { ShopServices } from './services.ts';

export function knowledgeTools(s: ShopServices): ShopTool[] {
  return [
    defineTool({
      name: 'search_knowledge',
      description:
        'Search the store’s own documents (shipping, returns, warranty, payment policies, FAQs, size guides) ' +
        'for a shopper’s question. Answer from the best passage and name its source title. When it returns ' +
        'no passages, say you do not know and offer a person (request_human); never guess a policy.',
      inputSchema: z.object({
        query: z
          .string()
          .trim()
          .min(1)
          .max(MAX_QUERY_CHARS)
          .describe('The shopper’s question, in their words: "do you ship to Canada?"'),
        kb: kbSlug.optional().describe('Knowledge base; omit for the session’s own'),
      }),
      policy: readPolicy(s.config),
      async execute(input, ctx) {
        await s.knowledge.ready();
        try {
          const passages = await s.knowledge.base.search(
            {
              kb: input.kb ?? ctx.knowledgeBase ?? s.knowledge.defaultKb,
              query: input.query,
              language: ctx.language,
              limit: 3,
            },
            ctx.abortSignal,
          );
          return {
            result: {
              passages: passages.map((p) => ({
                title: p.title,
                source: p.source,
                kind: p.kind,
                section: p.headings.join(' > '),
                headings: p.headings,
                text: p.text,
                language: p.language,
                coverage: Math.round(p.coverage * 100) / 100,
                ...(p.sentence ? { sentence: p.sentence, sentenceShare: p.sentenceShare } : {}),
              })),
              ...(passages.length === 0
                ? {
                    advice:
                      'Nothing in the store’s documents answers this: say you do not know and offer a person.',
                    documents: await s.knowledge.documentCount(
                      input.kb ?? ctx.knowledgeBase ?? s.knowledge.defaultKb,
                    ),
                  }
                : {}),
            },
          };
        } catch (error) {
          if (error instanceof KnowledgeError && (error.code === 'bad_query' || error.code === 'bad_input'))
            throw new ShopError('invalid_input', error.message);
          throw error;
        }
      },
    }),
  ];
}
