/** LLM_PROVIDER=openrouter: OpenRouter through its AI SDK provider (loaded only when chosen). */
import { z } from 'zod';
import type { LlmModel } from '../adapter.ts';
import { defineLlmProvider, opt, optionalText } from '../provider.ts';

export const openRouterLlm = defineLlmProvider({
  name: 'openrouter',
  defaultModel: 'openai/gpt-4.1-mini',
  apiKeyVariable: 'OPENROUTER_API_KEY',
  configSchema: z.object({ OPENROUTER_API_KEY: optionalText.describe('Key of LLM_PROVIDER=openrouter') }),
  async create(c) {
    const { createOpenRouter } = await import('@openrouter/ai-sdk-provider');
    return createOpenRouter({
      ...opt('apiKey', c.apiKey),
      ...opt('baseURL', c.baseURL),
      compatibility: 'strict',
    }).chat(c.model) as LlmModel;
  },
});
