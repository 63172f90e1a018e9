/**
 * The LLM providers. Adding one = its file here + one line in this list; LLM_PROVIDER's enum,
 * the default models and the key checks all derive from it.
 */
import { anthropicLlm } from './anthropic.ts';
import { bedrockLlm } from './bedrock.ts';
import { googleLlm } from './google.ts';
import { groqLlm } from './groq.ts';
import { offlineLlm } from './offline.ts';
import { openAiLlm } from './openai.ts';
import { openAiCompatibleLlm } from './openai-compatible.ts';
import { openRouterLlm } from './openrouter.ts';

export const LLM_PROVIDER_LIST = [
  offlineLlm,
  openAiLlm,
  anthropicLlm,
  bedrockLlm,
  googleLlm,
  groqLlm,
  openRouterLlm,
  openAiCompatibleLlm,
] as const;
