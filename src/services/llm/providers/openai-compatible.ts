/** LLM_PROVIDER=openai-compatible: any server speaking the OpenAI chat API (Ollama, llama.cpp, vLLM). */
import { z } from 'zod';
import { LlmConfigError } from '../errors.ts';
import { defineLlmProvider, opt } from '../provider.ts';

export const openAiCompatibleLlm = defineLlmProvider({
  name: 'openai-compatible',
  defaultModel: undefined,
  configSchema: z.object({}),
  check(e, problem) {
    if (!e.LLM_BASE_URL) {
      problem(
        'LLM_BASE_URL',
        'LLM_PROVIDER=openai-compatible needs LLM_BASE_URL (e.g. http://127.0.0.1:11434/v1 for Ollama, http://127.0.0.1:8080/v1 for llama.cpp)',
      );
    }
    if (!e.LLM_MODEL)
      problem(
        'LLM_MODEL',
        'LLM_PROVIDER=openai-compatible needs LLM_MODEL (the model name the server serves)',
      );
    return undefined;
  },
  async create(c) {
    const { createOpenAICompatible } = await import('@ai-sdk/openai-compatible');
    if (!c.baseURL) throw new LlmConfigError('LLM_PROVIDER=openai-compatible needs LLM_BASE_URL');
    return createOpenAICompatible({
      name: 'openai-compatible',
      baseURL: c.baseURL,
      ...opt('apiKey', c.apiKey),
      includeUsage: true,
    }).chatModel(c.model);
  },
});
