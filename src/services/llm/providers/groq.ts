/** LLM_PROVIDER=groq: Groq through its AI SDK provider (loaded only when chosen). */
import { z } from 'zod';
import { defineLlmProvider, opt, optionalText } from '../provider.ts';

export const groqLlm = defineLlmProvider({
  name: 'groq',
  defaultModel: 'llama-3.3-70b-versatile',
  apiKeyVariable: 'GROQ_API_KEY',
  configSchema: z.object({ GROQ_API_KEY: optionalText.describe('Key of LLM_PROVIDER=groq') }),
  async create(c) {
    const { createGroq } = await import('@ai-sdk/groq');
    return createGroq({ ...opt('apiKey', c.apiKey), ...opt('baseURL', c.baseURL) })(c.model);
  },
});
