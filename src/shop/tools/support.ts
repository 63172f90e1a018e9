/** End-of-call survey and human handoff. */
import { z } from 'zod';
import type { ShopTool } from '../contract.ts';
import { defineTool, writePolicy } from './define.ts';
import type { ShopServices } from './services.ts';

export function supportTools(s: ShopServices): ShopTool[] {
  return [
    defineTool({
      name: 'submit_survey',
      description:
        'Record the end-of-call survey: a 1-5 rating, whether the shopper got what they needed, and an optional ' +
        'comment in their words. Ask only at the end of the conversation, once.',
      inputSchema: z.object({
        rating: z.number().int().min(1).max(5),
        resolved: z.boolean().optional(),
        comment: z.string().trim().max(1000).optional(),
      }),
      policy: writePolicy(s.config),
      async execute(input, ctx) {
        const r = await s.surveys.submit(ctx.userId, ctx.sessionId, input);
        return { result: { recorded: true, surveyId: r.surveyId } };
      },
    }),
    defineTool({
      name: 'request_human',
      description:
        'Hand the conversation to a human agent when the shopper asks for a person, is upset, or you cannot help. ' +
        'Returns a message to say; then stop selling.',
      inputSchema: z.object({
        reason: z.string().trim().min(1).max(500).describe('Why, in a few words'),
        language: z
          .enum(['en', 'es'])
          .optional()
          .describe('The language the shopper speaks now, when it differs from the session’s'),
      }),
      policy: writePolicy(s.config),
      async execute(input, ctx) {
        const language = input.language ?? ctx.language;
        const r = await s.handoff.request(ctx.userId, ctx.sessionId, language, input.reason);
        return { result: { handoffId: r.handoffId, say: r.message } };
      },
    }),
  ];
}
