/** LLM_PROVIDER=google: Google Gemini through its AI SDK provider (loaded only when chosen). */
import { z } from 'zod';
import { defineLlmProvider, opt, optionalText } from '../provider.ts';

export const googleLlm = defineLlmProvider({
  name: 'google',
  defaultModel: 'gemini-2.5-flash',
  apiKeyVariable: 'GOOGLE_GENERATIVE_AI_API_KEY',
  configSchema: z.object({
    GOOGLE_GENERATIVE_AI_API_KEY: optionalText.describe('Key of LLM_PROVIDER=google'),
  }),
  async create(c) {
    const { createGoogleGenerativeAI } = await import('@ai-sdk/google');
    return createGoogleGenerativeAI({ ...opt('apiKey', c.apiKey), ...opt('baseURL', c.baseURL) })(c.model);
  },
});
