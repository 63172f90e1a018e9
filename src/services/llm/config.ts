/**
 * LLM configuration from env vars, validated with zod. `checkLlmConfig()` fails at start with
 * one message naming every missing or bad variable, so a misconfigured provider never surfaces
 * as a hang or a silent fallback mid-call.
 */
import { z } from 'zod';
import { LlmConfigError } from './errors.ts';

export const LLM_PROVIDERS = [
  'offline',
  'openai',
  'anthropic',
  'bedrock',
  'google',
  'groq',
  'openrouter',
  'openai-compatible',
] as const;
export type LlmProviderName = (typeof LLM_PROVIDERS)[number];

const optionalString = z.string().trim().min(1).optional();
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export const llmEnvSchema = z.object({
  LLM_PROVIDER: z.enum(LLM_PROVIDERS).default('offline'),
  LLM_MODEL: optionalString,
  LLM_BASE_URL: z.url().optional(),
  LLM_API_KEY: optionalString,
  OPENAI_API_KEY: optionalString,
  ANTHROPIC_API_KEY: optionalString,
  GOOGLE_GENERATIVE_AI_API_KEY: optionalString,
  GROQ_API_KEY: optionalString,
  OPENROUTER_API_KEY: optionalString,
  AWS_REGION: optionalString,
  AWS_ACCESS_KEY_ID: optionalString,
  AWS_SECRET_ACCESS_KEY: optionalString,
  AWS_SESSION_TOKEN: optionalString,
  AWS_BEARER_TOKEN_BEDROCK: optionalString,
  LLM_TEMPERATURE: z.coerce.number().min(0).max(2).default(0.3),
  LLM_MAX_OUTPUT_TOKENS: int(16, 32_000).optional(),
  LLM_MAX_TOOL_STEPS: int(0, 10).default(3),
  LLM_MAX_RETRIES: int(0, 5).default(1),
  LLM_FIRST_CHUNK_TIMEOUT_MS: int(100, 120_000).default(4000),
  LLM_CHUNK_TIMEOUT_MS: int(100, 120_000).default(10_000),
  LLM_HISTORY_MAX_MESSAGES: int(4, 1000).default(40),
});
export type LlmEnv = z.infer<typeof llmEnvSchema>;

/** Models used when LLM_MODEL is unset: small, fast, tool-capable. */
export const DEFAULT_MODELS: Record<LlmProviderName, string | undefined> = {
  offline: 'shop-dialogue',
  openai: 'gpt-4.1-mini',
  anthropic: 'claude-haiku-4-5',
  bedrock: 'us.anthropic.claude-haiku-4-5-20251001-v1:0',
  google: 'gemini-2.5-flash',
  groq: 'llama-3.3-70b-versatile',
  openrouter: 'openai/gpt-4.1-mini',
  'openai-compatible': undefined,
};

const KEY_VARS: Partial<Record<LlmProviderName, keyof LlmEnv>> = {
  openai: 'OPENAI_API_KEY',
  anthropic: 'ANTHROPIC_API_KEY',
  google: 'GOOGLE_GENERATIVE_AI_API_KEY',
  groq: 'GROQ_API_KEY',
  openrouter: 'OPENROUTER_API_KEY',
};

export interface BedrockCredentials {
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  sessionToken?: string;
  /** Bedrock API key (bearer token), an alternative to SigV4 credentials. */
  apiKey?: string;
}

export interface LlmConfig {
  provider: LlmProviderName;
  model: string;
  baseURL: string | undefined;
  apiKey: string | undefined;
  bedrock: BedrockCredentials | undefined;
  temperature: number;
  maxOutputTokens: number | undefined;
  maxToolSteps: number;
  maxRetries: number;
  firstChunkTimeoutMs: number;
  chunkTimeoutMs: number;
  historyMaxMessages: number;
}

/** Empty env vars (`LLM_MODEL=`) mean "unset", as an operator expects. */
function dropEmpty(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && v.trim() !== '') out[k] = v;
  return out;
}

/** Parses and cross-checks the env; throws one LlmConfigError listing every problem. */
export function checkLlmConfig(env: Record<string, string | undefined> = process.env): LlmConfig {
  const parsed = llmEnvSchema.safeParse(dropEmpty(env));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'env'}: ${i.message}`);
    throw new LlmConfigError(`invalid LLM configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  const provider = e.LLM_PROVIDER;
  const problems: string[] = [];
  const keyVar = KEY_VARS[provider];
  const apiKey = e.LLM_API_KEY ?? (keyVar ? (e[keyVar] as string | undefined) : undefined);
  if (keyVar && !apiKey) problems.push(`LLM_PROVIDER=${provider} needs ${keyVar} (or LLM_API_KEY)`);

  let bedrock: BedrockCredentials | undefined;
  if (provider === 'bedrock') {
    const bearer = e.AWS_BEARER_TOKEN_BEDROCK ?? e.LLM_API_KEY;
    if (!e.AWS_REGION) problems.push('LLM_PROVIDER=bedrock needs AWS_REGION');
    if (!bearer && !(e.AWS_ACCESS_KEY_ID && e.AWS_SECRET_ACCESS_KEY)) {
      problems.push(
        'LLM_PROVIDER=bedrock needs AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY (or AWS_BEARER_TOKEN_BEDROCK / LLM_API_KEY)',
      );
    }
    bedrock = {
      region: e.AWS_REGION ?? '',
      ...(e.AWS_ACCESS_KEY_ID ? { accessKeyId: e.AWS_ACCESS_KEY_ID } : {}),
      ...(e.AWS_SECRET_ACCESS_KEY ? { secretAccessKey: e.AWS_SECRET_ACCESS_KEY } : {}),
      ...(e.AWS_SESSION_TOKEN ? { sessionToken: e.AWS_SESSION_TOKEN } : {}),
      ...(bearer ? { apiKey: bearer } : {}),
    };
  }
  if (provider === 'openai-compatible') {
    if (!e.LLM_BASE_URL) {
      problems.push(
        'LLM_PROVIDER=openai-compatible needs LLM_BASE_URL (e.g. http://127.0.0.1:11434/v1 for Ollama, http://127.0.0.1:8080/v1 for llama.cpp)',
      );
    }
    if (!e.LLM_MODEL)
      problems.push('LLM_PROVIDER=openai-compatible needs LLM_MODEL (the model name the server serves)');
  }
  const model = e.LLM_MODEL ?? DEFAULT_MODELS[provider] ?? '';
  if (problems.length > 0) throw new LlmConfigError(`invalid LLM configuration: ${problems.join('; ')}`);
  return {
    provider,
    model,
    baseURL: e.LLM_BASE_URL,
    apiKey: provider === 'bedrock' ? undefined : apiKey,
    bedrock,
    temperature: e.LLM_TEMPERATURE,
    maxOutputTokens: e.LLM_MAX_OUTPUT_TOKENS,
    maxToolSteps: e.LLM_MAX_TOOL_STEPS,
    maxRetries: e.LLM_MAX_RETRIES,
    firstChunkTimeoutMs: e.LLM_FIRST_CHUNK_TIMEOUT_MS,
    chunkTimeoutMs: e.LLM_CHUNK_TIMEOUT_MS,
    historyMaxMessages: e.LLM_HISTORY_MAX_MESSAGES,
  };
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
