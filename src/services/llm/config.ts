/**
 * LLM configuration from env vars, validated with zod. `checkLlmConfig()` fails at start with
 * one message naming every missing or bad variable, so a misconfigured provider never surfaces
 * as a hang or a silent fallback mid-call.
 */
import { z } from 'zod';
import { ConfigError, defineSection, type Env, parseSection } from '../../config/section.ts';
import { providerListSchema, splitProviders } from '../failover-config.ts';
import { LlmConfigError } from './errors.ts';
import { type LlmConfig, optionalText } from './provider.ts';

export type { BedrockCredentials, LlmConfig } from './provider.ts';

import { LLM_PROVIDER_LIST } from './providers/index.ts';

export type LlmProviderName = (typeof LLM_PROVIDER_LIST)[number]['name'];
export const LLM_PROVIDERS = LLM_PROVIDER_LIST.map((p) => p.name) as [LlmProviderName, ...LlmProviderName[]];

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const llmCommonSchema = z.object({
  LLM_PROVIDER: providerListSchema(LLM_PROVIDERS, 'offline').describe(
    'Language model: offline (the shop dialogue engine, no network) or a cloud/local provider. A comma-separated list (openai,offline) fails over in that order: LLM_MODEL, LLM_BASE_URL and LLM_API_KEY belong to the first; the others use their own key variable and default model.',
  ),
  LLM_MODEL: optionalText.describe('Model id; default: a small, fast, tool-capable model of the provider'),
  LLM_BASE_URL: z
    .url()
    .optional()
    .describe('Provider base URL (required for openai-compatible: Ollama, llama.cpp, vLLM)'),
  LLM_API_KEY: optionalText.describe("API key for any provider; overrides the provider's own variable"),
  LLM_TEMPERATURE: z.coerce.number().min(0).max(2).default(0.3).describe('Sampling temperature'),
  LLM_MAX_OUTPUT_TOKENS: int(16, 32_000)
    .optional()
    .describe("Output token cap per call; default: the provider's"),
  LLM_MAX_TOOL_STEPS: int(0, 10)
    .default(3)
    .describe('Tool-call rounds per user turn before the model must answer'),
  LLM_MAX_RETRIES: int(0, 5).default(1).describe('Retries of a call that failed before its first output'),
  LLM_FIRST_CHUNK_TIMEOUT_MS: int(100, 120_000)
    .default(4000)
    .describe('Longest wait for the first output of a call'),
  LLM_CHUNK_TIMEOUT_MS: int(100, 120_000)
    .default(10_000)
    .describe('Longest gap between two chunks of a streamed reply'),
  LLM_HISTORY_MAX_MESSAGES: int(4, 1000)
    .default(40)
    .describe('Conversation history kept per session; the oldest whole turns are dropped beyond it'),
});

/** LLM_* plus every provider's own variables (each checked only when its provider is chosen). */
export const llmEnvSchema = LLM_PROVIDER_LIST.reduce<z.ZodObject>(
  (schema, provider) => schema.extend(provider.configSchema.shape),
  llmCommonSchema,
) as typeof llmCommonSchema;
export type LlmEnv = z.infer<typeof llmCommonSchema> & { readonly [variable: string]: unknown };

/** Models used when LLM_MODEL is unset: small, fast, tool-capable. */
export const DEFAULT_MODELS = Object.fromEntries(
  LLM_PROVIDER_LIST.map((p) => [p.name, p.defaultModel]),
) as Record<LlmProviderName, string | undefined>;

/** Cross-checks the parsed variables (what the chosen providers need) into the typed config. */
function toLlmConfig(e: LlmEnv, ctx: z.RefinementCtx): LlmConfig {
  const [first, ...rest] = splitProviders(e.LLM_PROVIDER) as LlmProviderName[];
  const config = providerConfig(first ?? 'offline', e, ctx);
  if (rest.length === 0) return config;
  // The shared variables are the first provider's: a backup never gets its key or its server.
  const own = { ...e, LLM_MODEL: undefined, LLM_BASE_URL: undefined, LLM_API_KEY: undefined };
  const fallbacks = rest.map((name) => {
    const descriptor = LLM_PROVIDER_LIST.find((p) => p.name === name)!;
    if (!descriptor.defaultModel)
      ctx.addIssue({
        code: 'custom',
        path: ['LLM_PROVIDER'],
        message: `${name} has no default model, so it can only come first in LLM_PROVIDER (LLM_MODEL and LLM_BASE_URL are the first provider's)`,
      });
    return providerConfig(name, own, ctx);
  });
  return { ...config, fallbacks };
}

function providerConfig(provider: LlmProviderName, e: LlmEnv, ctx: z.RefinementCtx): LlmConfig {
  const descriptor = LLM_PROVIDER_LIST.find((p) => p.name === provider)!;
  const problem = (variable: string, message: string) =>
    ctx.addIssue({ code: 'custom', path: [variable], message });
  const keyVar = descriptor.apiKeyVariable;
  const apiKey = e.LLM_API_KEY ?? (keyVar ? (e[keyVar] as string | undefined) : undefined);
  if (keyVar && !apiKey) problem(keyVar, `LLM_PROVIDER=${provider} needs ${keyVar} (or LLM_API_KEY)`);
  const extra = (
    descriptor.check as ((env: LlmEnv, p: typeof problem) => Partial<LlmConfig> | undefined) | undefined
  )?.(e, problem);
  return {
    provider,
    model: e.LLM_MODEL ?? descriptor.defaultModel ?? '',
    baseURL: e.LLM_BASE_URL,
    apiKey,
    bedrock: undefined,
    temperature: e.LLM_TEMPERATURE,
    maxOutputTokens: e.LLM_MAX_OUTPUT_TOKENS,
    maxToolSteps: e.LLM_MAX_TOOL_STEPS,
    maxRetries: e.LLM_MAX_RETRIES,
    firstChunkTimeoutMs: e.LLM_FIRST_CHUNK_TIMEOUT_MS,
    chunkTimeoutMs: e.LLM_CHUNK_TIMEOUT_MS,
    historyMaxMessages: e.LLM_HISTORY_MAX_MESSAGES,
    ...extra,
  };
}

export const llmSection = defineSection({
  title: 'Language model',
  schema: llmEnvSchema.transform(toLlmConfig),
});

/** Parses and cross-checks the env (empty values mean unset); throws one LlmConfigError listing every problem. */
export function checkLlmConfig(env: Env): LlmConfig {
  try {
    return parseSection(llmSection, env);
  } catch (err) {
    if (err instanceof ConfigError)
      throw new LlmConfigError(`invalid LLM configuration: ${err.problems.join('; ')}`);
    throw err;
  }
}

/** The config as safe to log: keys reduced to "set"/"unset". */
export function describeLlmConfig(config: LlmConfig): Record<string, unknown> {
  return {
    provider: config.provider,
    model: config.model,
    baseURL: config.baseURL,
    apiKey: config.apiKey || config.bedrock?.apiKey || config.bedrock?.accessKeyId ? 'set' : 'unset',
    maxToolSteps: config.maxToolSteps,
    firstChunkTimeoutMs: config.firstChunkTimeoutMs,
  };
}

/** The tool-loop settings carried by the config (spread into runToolLoop / LlmProcessor `loop`). */
export function loopOptionsFromConfig(config: LlmConfig) {
  return {
    maxToolSteps: config.maxToolSteps,
    temperature: config.temperature,
    maxRetries: config.maxRetries,
    firstChunkTimeoutMs: config.firstChunkTimeoutMs,
    chunkTimeoutMs: config.chunkTimeoutMs,
    ...(config.maxOutputTokens === undefined ? {} : { maxOutputTokens: config.maxOutputTokens }),
  };
}
