/**
 * Memory tools: what the shopper tells the assistant about themselves, kept across sessions and
 * forgotten on request. Only what the shopper states is remembered, never guessed from what they buy.
 */
import { z } from 'zod';
import type { ShopTool } from '../contract.ts';
import { PREFERENCE_KINDS, type Preference, preferenceInput } from '../memory/preferences.ts';
import { actorId, defineTool, readPolicy, writePolicy } from './define.ts';
import type { ShopServices } from './services.ts';

const forLlm = (p: Preference) => ({ kind: p.kind, value: p.value, ...(p.scope ? { scope: p.scope } : {}) });

export function memoryTools(s: ShopServices): ShopTool[] {
  return [
    defineTool({
      name: 'remember_preference',
      description:
        'Remember something the shopper stated about themselves for this and later visits: their size (for a ' +
        'kind of product, e.g. scope "shoes"), a favourite brand or colour, or their budget. Only what they ' +
        'said, never a guess. A new size or budget replaces the old one of the same scope.',
      inputSchema: preferenceInput,
      policy: writePolicy(s.config),
      async execute(input, ctx) {
        const user = await actorId(s, ctx);
        const saved = await s.memory.remember(user, input, ctx.sessionId);
        return { result: { remembered: forLlm(saved) } };
      },
    }),
    defineTool({
      name: 'list_preferences',
      description:
        'What the shopper told you about themselves on earlier visits (sizes, favourite brands and colours, ' +
        'budget). add_to_cart also offers their usual size when a size is missing.',
      inputSchema: z.object({ kind: z.enum(PREFERENCE_KINDS).optional() }),
      policy: readPolicy(s.config),
      async execute(input, ctx) {
        const user = await actorId(s, ctx);
        const all = await s.memory.list(user, input.kind);
        return { result: { count: all.length, preferences: all.map(forLlm) } };
      },
    }),
    defineTool({
      name: 'forget_preferences',
      description:
        'Forget what the shopper asks you to forget: one kind ("forget my sizes" → kind size) or everything ' +
        '(no kind). Returns how many were forgotten.',
      inputSchema: z.object({ kind: z.enum(PREFERENCE_KINDS).optional() }),
      policy: { ...writePolicy(s.config), needsClearSpeech: true },
      async execute(input, ctx) {
        const user = await actorId(s, ctx);
        const forgotten = await s.memory.forget(user, input.kind ? { kind: input.kind } : {});
        return { result: { forgotten, ...(input.kind ? { kind: input.kind } : {}) } };
      },
    }),
  ];
}
