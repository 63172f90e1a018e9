/** LLM_PROVIDER=anthropic: Anthropic through its AI SDK provider (loaded only when chosen). */
import { z } from 'zod';
import { defineLlmProvider, opt, optionalText } from '../provider.ts';

export const anthropicLlm = defineLlmProvider({
  name: 'anthropic',
  defaultModel: 'claude-haiku-4-5',
  apiKeyVariable: 'ANTHROPIC_API_KEY',
  configSchema: z.object({ ANTHROPIC_API_KEY: optionalText.describe('Key of LLM_PROVIDER=anthropic') }),
  async create(c) {
    const { createAnthropic } = await import('@ai-sdk/anthropic');
    return createAnthropic({ ...opt('apiKey', c.apiKey), ...opt('baseURL', c.baseURL) })(c.model);
  },
});
