/** Background research tools: start (returns at once) and get (status or the finished summary). */
import { z } from 'zod';
import type { ShopTool, ToolOutcome } from '../contract.ts';
import { actorId, defineTool, idString, readPolicy, writePolicy } from './define.ts';
import type { ShopServices } from './services.ts';

const angle = z.object({
  text: z.string().trim().max(200).optional(),
  category: z.string().trim().max(80).optional(),
  brand: z.string().trim().max(80).optional(),
  color: z.string().trim().max(40).optional(),
  maxPrice: z.number().nonnegative().optional(),
  inStock: z.boolean().optional(),
});

export function researchTools(s: ShopServices): ShopTool[] {
  return [
    defineTool({
      name: 'start_research',
      description:
        'Start background research for an open question ("which trail shoes are best for wide feet under 120?"). ' +
        'Runs several searches and prepares a short comparison while you keep talking. Returns a researchId at ' +
        'once; call get_research with it in a moment. Optional angles add extra searches.',
      inputSchema: z.object({
        query: z.string().trim().min(2).max(300),
        angles: z.array(angle).max(4).default([]),
      }),
      policy: writePolicy(s.config),
      async execute(input, ctx) {
        const user = await actorId(s, ctx);
        const r = await s.research.start(user, ctx.sessionId, ctx.language, input.query, input.angles, {
          ...(ctx.knowledgeBase ? { kb: ctx.knowledgeBase } : {}),
        });
        return { result: { researchId: r.researchId, status: 'pending' } };
      },
    }),
    defineTool({
      name: 'get_research',
      description:
        'Result of start_research by researchId: status pending/done/failed; when done, a short comparative summary ' +
        'to speak and the products (shown on screen).',
      inputSchema: z.object({ researchId: idString('Id from start_research') }),
      policy: readPolicy(s.config),
      async execute(input, ctx): Promise<ToolOutcome> {
        const user = await actorId(s, ctx);
        const r = await s.research.get(user, input.researchId, ctx.language);
        if (r.status !== 'done')
          return {
            result: { researchId: r.researchId, status: r.status, ...(r.error ? { error: r.error } : {}) },
          };
        return {
          result: {
            researchId: r.researchId,
            status: r.status,
            summary: r.summary,
            products: r.items.map((p) => ({
              id: p.id,
              name: p.name,
              price: p.price,
              currency: p.currency,
              inStock: p.inStock,
            })),
            ...(r.sources.passages.length > 0
              ? { documents: r.sources.passages.map((p) => ({ title: p.title, text: p.text })) }
              : {}),
            ...(r.sources.web.length > 0 ? { web: r.sources.web } : {}),
          },
          ui: [
            {
              type: 'research',
              query: r.query,
              summary: r.summary ?? '',
              items: r.items,
              ...(r.sources.passages.length > 0
                ? { documents: r.sources.passages.map((p) => ({ title: p.title, source: p.source })) }
                : {}),
              ...(r.sources.web.length > 0 ? { web: r.sources.web } : {}),
            },
          ],
        };
      },
    }),
  ];
}
