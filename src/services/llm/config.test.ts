import { describe, expect, it } from 'vitest';
import { EventLog } from '../../../test/llm/fixtures.ts';
import { FakeClock } from '../../pipeline/clock.ts';
import type { CatalogVocabulary } from '../../shop/contract.ts';
import { checkLlmConfig, describeLlmConfig, llmEnvSchema } from './config.ts';
import { ConversationContext } from './context.ts';
import { LlmConfigError } from './errors.ts';
import { SHOP_ASSISTANT } from './profiles.ts';
import { createLlmService } from './service.ts';
import { runToolLoop } from './tool-loop.ts';

describe('checkLlmConfig', () => {
  it('defaults to the offline engine with sane numbers', () => {
    const c = checkLlmConfig({});
    expect(c).toMatchObject({
      provider: 'offline',
      model: 'shop-dialogue',
      maxToolSteps: 3,
      maxRetries: 1,
      firstChunkTimeoutMs: 4000,
      temperature: 0.3,
    });
    expect(Object.keys(llmEnvSchema.shape)).toContain('LLM_FIRST_CHUNK_TIMEOUT_MS');
  });

  it.each([
    [{ LLM_PROVIDER: 'openai' }, 'OPENAI_API_KEY'],
    [{ LLM_PROVIDER: 'anthropic' }, 'ANTHROPIC_API_KEY'],
    [{ LLM_PROVIDER: 'google' }, 'GOOGLE_GENERATIVE_AI_API_KEY'],
    [{ LLM_PROVIDER: 'groq' }, 'GROQ_API_KEY'],
    [{ LLM_PROVIDER: 'openrouter' }, 'OPENROUTER_API_KEY'],
    [{ LLM_PROVIDER: 'bedrock' }, 'AWS_REGION'],
    [{ LLM_PROVIDER: 'bedrock', AWS_REGION: 'eu-west-1' }, 'AWS_ACCESS_KEY_ID'],
    [{ LLM_PROVIDER: 'openai-compatible', LLM_MODEL: 'llama3.2' }, 'LLM_BASE_URL'],
    [{ LLM_PROVIDER: 'openai-compatible', LLM_BASE_URL: 'http://127.0.0.1:11434/v1' }, 'LLM_MODEL'],
    [{ LLM_PROVIDER: 'chatgpt' }, 'LLM_PROVIDER'],
    [{ LLM_TEMPERATURE: 'hot' }, 'LLM_TEMPERATURE'],
    [{ LLM_MAX_TOOL_STEPS: '99' }, 'LLM_MAX_TOOL_STEPS'],
  ])('rejects %j naming %s', (env, variable) => {
    expect(() => checkLlmConfig(env)).toThrow(LlmConfigError);
    expect(() => checkLlmConfig(env)).toThrow(variable);
  });

  it('accepts LLM_API_KEY for any provider, treats empty vars as unset and never logs keys', () => {
    const c = checkLlmConfig({ LLM_PROVIDER: 'anthropic', LLM_API_KEY: 'sk-secret', LLM_MODEL: '' });
    expect(c.apiKey).toBe('sk-secret');
    expect(c.model).toBe('claude-haiku-4-5');
    expect(JSON.stringify(describeLlmConfig(c))).not.toContain('sk-secret');
    const b = checkLlmConfig({
      LLM_PROVIDER: 'bedrock',
      AWS_REGION: 'us-east-1',
      AWS_BEARER_TOKEN_BEDROCK: 'tok',
    });
    expect(b.bedrock).toEqual({ region: 'us-east-1', apiKey: 'tok' });
  });
});

const vocabulary = (language: 'en' | 'es'): CatalogVocabulary => ({
  language,
  productNames: ['Trail Runner Shoes', 'Cloud Hoodie'],
  categories: language === 'en' ? ['shoes', 'hoodies'] : ['zapatillas', 'sudaderas'],
  brands: ['Acme'],
  colors: language === 'en' ? ['red', 'blue'] : ['rojo', 'azul'],
  sizes: ['M', '42'],
  attributes: ['waterproof'],
  minPrice: 20,
  maxPrice: 150,
  currency: 'USD',
});

describe('offline provider seam', () => {
  it('loads the shop dialogue engine lazily and runs it through the same tool loop', async () => {
    const service = await createLlmService(checkLlmConfig({}), { offline: { vocabulary } });
    expect(service.model.modelId).toBe('shop-dialogue');
    const context = new ConversationContext({ profile: SHOP_ASSISTANT });
    context.addUserText('hello');
    const log = new EventLog();
    const summary = await runToolLoop({
      model: service.model,
      provider: service.provider,
      context,
      tools: [],
      user: { userId: 'u', sessionId: 's' },
      signal: new AbortController().signal,
      onEvent: log.onEvent,
      clock: new FakeClock(),
    });
    expect(summary.reason).toBe('completed');
    expect(log.text().length).toBeGreaterThan(0);
    await service.close?.();
  });

  it('fails at start with a clear error when the engine gets no catalog vocabulary', async () => {
    await expect(createLlmService(checkLlmConfig({}), {})).rejects.toThrow(
      /LLM_PROVIDER=offline: .*vocabulary/,
    );
  });
});
