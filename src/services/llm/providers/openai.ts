/** LLM_PROVIDER=openai: OpenAI through its AI SDK provider (loaded only when chosen). */
import { z } from 'zod';
import { defineLlmProvider, opt, optionalText } from '../provider.ts';

export const openAiLlm = defineLlmProvider({
  name: 'openai',
  defaultModel: 'gpt-4.1-mini',
  apiKeyVariable: 'OPENAI_API_KEY',
  configSchema: z.object({ OPENAI_API_KEY: optionalText.describe('Key of LLM_PROVIDER=openai') }),
  async create(c) {
    const { createOpenAI } = await import('@ai-sdk/openai');
    return createOpenAI({ ...opt('apiKey', c.apiKey), ...opt('baseURL', c.baseURL) })(c.model);
  },
});
